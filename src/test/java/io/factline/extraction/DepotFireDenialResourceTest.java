package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wire reports that a depot's fire alarm system had been switched off before a fire; a paper a day later
 * quotes the depot's manager, introduced by name, then denying with a pronoun and no date: "She denied that
 * the fire alarm had been switched off." (articles under {@code articles/depot-fire}, s15-deny). Before, the
 * pronoun's denial made no event, and the report's object was its phrase of purpose ("for repairs"), so
 * nothing was contradicted. Now the denial is a statement of the paper's day by the manager, linked to the
 * switching off (CONTRADICTION). Her denial of something else (a warning received) and her spokesman's
 * negated future ("will not meet the fire chief again") raise nothing, and the fire chief's meeting with the
 * depot's managers stays without conflict.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DepotFireDenialResourceTest {

    private static final String PAPER_DAY = "2038-04-13";

    @Test
    void shouldContradictTheSwitchingOffWithAPronounsDenialAndNothingElse() {
        Scenario fire = new Scenario("depot-fire");
        ingest(fire.article("wire", "Meridian Wire", "2038-04-12T09:00:00Z"));
        ingest(fire.article("paper", "Harrowgate Courier", "2038-04-13T19:00:00Z"));
        String manager = "Lena " + fire.name("VALK");

        Map<String, Object> denial = only(events(PAPER_DAY, "alarm", manager));
        List<Map<String, Object>> conflicts = conflictsOf(denial);
        assertThat(conflicts.toString(), conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        List<Integer> linked = ((List<Integer>) conflicts.get(0).get("eventIds")).stream()
                .filter(id -> id != ((Number) denial.get("id")).intValue()).toList();
        assertThat(conflicts.toString(), linked, hasSize(1));
        Map<String, Object> denied = given().get("/api/events/" + linked.get(0)).then().statusCode(200).extract()
                .jsonPath().getMap("");
        assertThat(denied.toString(), quotes(denied), hasItem(org.hamcrest.Matchers.containsString("switched off")));

        Map<String, Object> warning = only(events(PAPER_DAY, "warning", manager));
        assertThat(warning.toString(), conflictsOf(warning), empty());
        Map<String, Object> meeting = only(events("2038-04-12", "met the depot's managers"));
        assertThat(meeting.toString(), conflictsOf(meeting), empty());
        assertThat(events(PAPER_DAY, "will not meet").toString(), events(PAPER_DAY, "will not meet"), empty());
    }

    /** The events dated {@code day} with a claim whose quote and source hold every word given, as GET /api/events/{id} shows them. */
    private static List<Map<String, Object>> events(String day, String... words) {
        List<Map<String, Object>> items = given().queryParam("from", day).queryParam("to", day)
                .queryParam("limit", 200).get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .map(e -> given().get("/api/events/" + e.get("id")).then().statusCode(200).extract().jsonPath()
                        .<String, Object>getMap(""))
                .filter(e -> ((List<Map<String, Object>>) e.get("claims")).stream().anyMatch(c -> holdsAll(c, words)))
                .toList();
    }

    private static List<String> quotes(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> String.valueOf(c.get("quote"))).toList();
    }

    private static boolean holdsAll(Map<String, Object> claim, String... words) {
        String text = claim.get("quote") + " " + claim.get("attributedTo");
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> only(List<Map<String, Object>> events) {
        assertThat(events.toString(), events, hasSize(1));
        return events.get(0);
    }

    private static List<Map<String, Object>> conflictsOf(Map<String, Object> event) {
        return given().get("/api/events/" + event.get("id")).then().statusCode(200).extract().jsonPath()
                .getList("conflicts");
    }
}
