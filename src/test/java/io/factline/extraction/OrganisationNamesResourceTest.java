package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outlets that name one body differently (articles under {@code articles/initials}, session 14, s14-split): a
 * wire writes a safety bureau's initials, a paper its full name, and their reports of one inquiry are one event;
 * a forecaster's office written once in full and once clipped ("Met Office") is one entity, so its one warning
 * is one event. The same bureau's second inquiry two days later, into something else, stays an event of its own.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class OrganisationNamesResourceTest {

    @Test
    void shouldMergeReportsThatNameABodyByItsInitialsAndInFull() {
        Scenario s = new Scenario("initials");
        long wire = eventOf(ingest(s.article("wire", "Skyline Wire", "2034-03-07T18:00:00Z")));

        long paper = eventOf(ingest(s.article("paper", "Valley Chronicle", "2034-03-08T06:00:00Z")));

        assertThat(paper, equalTo(wire));
        Map<String, Object> inquiry = event(wire);
        assertThat(outlets(inquiry), containsInAnyOrder("Skyline Wire", "Valley Chronicle"));
        assertThat(((Map<String, Object>) inquiry.get("date")).get("value"), equalTo("2034-03-07"));
        String bureau = s.name("VORN") + " Air Safety Bureau";
        assertThat((List<String>) inquiry.get("participants"), hasItem(bureau));
        List<Map<String, Object>> entities = given().queryParam("q", bureau).get("/api/entities").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(entities, hasSize(1));
        assertThat((List<String>) entities.get(0).get("aliases"), hasItem("VASB"));
    }

    @Test
    void shouldKeepTheSameBodysOtherInquiryOfTheWeekApart() {
        Scenario s = new Scenario("initials");
        long crash = eventOf(ingest(s.article("paper", "Valley Chronicle", "2034-03-08T06:00:00Z")));

        long derailment = eventOf(ingest(s.article("later", "Skyline Wire", "2034-03-10T06:00:00Z")));

        assertThat(derailment, not(equalTo(crash)));
        assertThat(outlets(event(crash)), containsInAnyOrder("Valley Chronicle"));
        Map<String, Object> second = event(derailment);
        assertThat(((Map<String, Object>) second.get("date")).get("value"), equalTo("2034-03-09"));
        assertThat((List<Object>) second.get("conflicts"), hasSize(0));
    }

    @Test
    void shouldMergeReportsThatNameAnOfficeInFullAndClipped() {
        Scenario s = new Scenario("initials");
        long full = eventOf(ingest(s.article("met", "Harbour Gazette", "2034-03-13T20:00:00Z")));

        long clipped = eventOf(ingest(s.article("metshort", "Coast Radio", "2034-03-13T21:00:00Z")));

        assertThat(clipped, equalTo(full));
        assertThat(outlets(event(full)), containsInAnyOrder("Harbour Gazette", "Coast Radio"));
        List<Map<String, Object>> entities = given().queryParam("q", s.name("KEL") + " Met Office")
                .get("/api/entities").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entities, hasSize(1));
        assertThat(entities.get(0).get("name"), equalTo(s.name("KEL") + " Meteorological Office"));
    }

    /** The one event an ingest of a one-sentence article produced. */
    static long eventOf(JsonPath ingest) {
        List<Object> events = ingest.getList("events");
        assertThat(events.toString(), events, hasSize(1));
        return ingest.getLong("events[0].id");
    }

    static Map<String, Object> event(long id) {
        return given().get("/api/events/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static List<Object> outlets(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> c.get("outlet")).distinct().toList();
    }
}
