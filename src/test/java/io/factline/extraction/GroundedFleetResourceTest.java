package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One grounding of an airline's fleet told by three outlets (articles under {@code articles/grounded-fleet},
 * session 17, s17-names): a wire names the airline in full ("X Air", a name ending in an organisation word), a
 * daily by its first word alone ("X"), a radio in full once and then as "the airline". Before, "X Air" was read
 * as a person (titled "Air grounds …"), and the daily's "X" and the radio's "the airline" named other entities or
 * nobody, so the three reports were not one event.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class GroundedFleetResourceTest {

    @Test
    void shouldMergeTheFullNameItsShortFormAndTheAirlineIntoOneEventOfTheOrganisation() {
        Scenario s = new Scenario("grounded-fleet");
        String airline = s.name("LINE") + " Air";
        long grounded = eventOf(ingest(s.article("wire", "Coast Wire", "2043-05-12T18:00:00Z")));

        long daily = eventOf(ingest(s.article("daily", "Island Daily", "2043-05-13T06:00:00Z")));
        JsonPath radio = ingest(s.article("radio", "Harbour Radio", "2043-05-13T07:00:00Z"));

        assertThat(daily, equalTo(grounded));
        assertThat(radio.getList("events.id", Long.class), hasItem(grounded));
        Map<String, Object> grounding = event(grounded);
        assertThat(outlets(grounding), containsInAnyOrder("Coast Wire", "Island Daily", "Harbour Radio"));
        assertThat(((Map<String, Object>) grounding.get("date")).get("value"), equalTo("2043-05-12"));
        assertThat((List<String>) grounding.get("participants"), hasItem(airline));
        assertThat((String) grounding.get("title"), startsWith(airline + " "));
        assertThat((List<Object>) grounding.get("conflicts"), empty());
        List<Map<String, Object>> entities = given().queryParam("q", airline).get("/api/entities").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(entities, hasSize(1));
        assertThat(entities.get(0).get("kind"), equalTo("ORGANIZATION"));
        assertThat((List<String>) entities.get(0).get("aliases"), hasItem(s.name("LINE")));
    }
}
