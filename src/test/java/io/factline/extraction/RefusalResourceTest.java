package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A candidate's refusal to concede, told by a wire ("refused on Tuesday to concede", with her own "I will
 * not concede") and a radio ("who refused to concede the race on Tuesday"), articles under
 * {@code articles/refusal} (s13-scenb). Before, the radio's Tuesday dated "concede", so the refusal became a
 * concession she was said to have made, and her own words denied it: a false CONTRADICTION, and the refusal
 * told twice. Now the time dates the refusal ({@link RefusedAct}): one event with both outlets, no conflict.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RefusalResourceTest {

    @Test
    void shouldTellOneRefusalByTwoOutletsWithoutAContradiction() {
        Scenario race = new Scenario("refusal");
        ingest(race.article("wire", "Harbour Wire", "2031-05-14T09:00:00Z"));
        ingest(race.article("radio", "Dovecote Radio", "2031-05-16T07:00:00Z"));
        String candidate = "Nadia " + race.name("ORLAND");

        List<Map<String, Object>> events = given().queryParam("entity", candidate).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> refusals = events.stream().filter(e -> "refuse".equals(e.get("kind"))).toList();
        assertThat(events.toString(), refusals, hasSize(1));
        Map<String, Object> refusal = given().get("/api/events/" + refusals.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(refusal.toString(), ((Map<String, Object>) refusal.get("date")).get("value"), equalTo("2031-05-13"));
        Set<Object> outlets = ((List<Map<String, Object>>) refusal.get("claims")).stream()
                .map(c -> c.get("outlet")).collect(Collectors.toSet());
        assertThat(refusal.toString(), outlets, hasSize(2));

        for (Map<String, Object> e : events) {
            List<Object> conflicts = given().get("/api/events/" + e.get("id")).then().statusCode(200)
                    .extract().jsonPath().getList("conflicts");
            assertThat(e.toString(), conflicts, empty());
        }
    }
}
