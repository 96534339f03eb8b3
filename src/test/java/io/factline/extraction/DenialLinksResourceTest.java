package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Denials reported as their own events and linked to the event they deny (articles under
 * {@code articles/denials}): a second denial leaves the first pair's contradiction as it was, and
 * a second report of the denied event reaches the contradiction of every pair.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DenialLinksResourceTest {

    private static final String DRAFT_WEEK = "2026-03-02/2026-03-08";

    @Test
    void shouldKeepTheFirstDenialsContradictionWhenASecondDenialArrives() {
        Scenario s = new Scenario("denials");
        long draft = draftEvent(s, PortDisputeResourceTest.ingest(s.article("pier-gazette", "Pier Gazette",
                "2026-03-10T08:00:00Z")));
        JsonPath first = PortDisputeResourceTest.ingest(s.article("bay-courier", "Bay Courier", "2026-03-11T08:00:00Z"));
        long firstDenial = first.getLong("claims.find { it.stance == 'DENIES' }.id");
        Map<String, Object> before = contradictionWith(draft, firstDenial);

        JsonPath second = PortDisputeResourceTest.ingest(s.article("tide-wire", "Tide Wire", "2026-03-12T08:00:00Z"));
        long secondDenial = second.getLong("claims.find { it.stance == 'DENIES' }.id");

        List<Map<String, Object>> conflicts = conflictsOf(draft);
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), everyItem(equalTo("CONTRADICTION")));
        assertThat(conflicts.stream().flatMap(c -> ((List<Integer>) c.get("claimIds")).stream()).toList(),
                hasItems((int) firstDenial, (int) secondDenial));
        Map<String, Object> after = contradictionWith(draft, firstDenial);
        assertThat(after.get("id"), equalTo(before.get("id")));
        assertThat(after.get("status"), equalTo("OPEN"));
        given().get("/api/events/" + draft).then().statusCode(200).body("conflicted", equalTo(true));
    }

    @Test
    void shouldAddASecondReportOfTheDeniedEventToTheContradictionOfEveryDenial() {
        Scenario s = new Scenario("denials");
        JsonPath report = PortDisputeResourceTest.ingest(s.article("pier-gazette", "Pier Gazette", "2026-03-10T08:00:00Z"));
        long draft = draftEvent(s, report);
        long firstReport = report.getLong("claims.find { it.eventId == " + draft + " }.id");
        PortDisputeResourceTest.ingest(s.article("bay-courier", "Bay Courier", "2026-03-11T08:00:00Z"));
        PortDisputeResourceTest.ingest(s.article("tide-wire", "Tide Wire", "2026-03-12T08:00:00Z"));

        JsonPath again = PortDisputeResourceTest.ingest(s.article("shore-daily", "Shore Daily", "2026-03-12T10:00:00Z"));

        long secondReport = again.getLong("claims.find { it.eventId == " + draft + " }.id");
        List<Map<String, Object>> conflicts = conflictsOf(draft);
        assertThat(conflicts, hasSize(2));
        for (Map<String, Object> conflict : conflicts) {
            assertThat((List<Integer>) conflict.get("claimIds"), hasItems((int) firstReport, (int) secondReport));
            assertThat((String) conflict.get("explanation"), startsWith("Pier Gazette and Shore Daily (senior official) assert this; "));
            assertThat(conflict.get("status"), equalTo("OPEN"));
        }
    }

    @Test
    void shouldRaiseNoContradictionWhenACorrectionWithdrawsTheOnlyReportOfTheDeniedEvent() {
        Scenario s = new Scenario("denials");
        Map<String, Object> report = s.article("pier-gazette", "Pier Gazette", "2026-03-10T08:00:00Z");
        long draft = draftEvent(s, PortDisputeResourceTest.ingest(report));
        Map<String, Object> correction = new java.util.HashMap<>(report);
        correction.put("text", s.text("pier-gazette-corrected"));

        JsonPath corrected = given().contentType(io.restassured.http.ContentType.JSON).body(correction)
                .post("/api/articles").then().statusCode(200).extract().jsonPath();

        assertThat(corrected.getString("outcome"), equalTo("UPDATED"));
        assertThat(corrected.getList("claims.stance"), hasItem("DENIES"));
        assertThat(conflictsOf(draft), hasSize(0));
        given().get("/api/events/" + draft).then().statusCode(200)
                .body("conflicted", equalTo(false))
                .body("claims", hasSize(0));
    }

    /** The id of the event the first report's receipt of the draft became, dated the week before. */
    private static long draftEvent(Scenario s, JsonPath report) {
        List<Map<String, Object>> events = report.getList("events");
        List<Map<String, Object>> drafts = events.stream()
                .filter(e -> e.get("date") != null && DRAFT_WEEK.equals(((Map<?, ?>) e.get("date")).get("value")))
                .toList();
        assertThat("events " + events, drafts, hasSize(1));
        assertThat((List<String>) drafts.get(0).get("participants"), hasItem("Ruth " + s.name("MINISTER")));
        return ((Number) drafts.get(0).get("id")).longValue();
    }

    private static List<Map<String, Object>> conflictsOf(long eventId) {
        return given().get("/api/conflicts?eventId=" + eventId).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The one conflict of the event that holds the denying claim. */
    private static Map<String, Object> contradictionWith(long eventId, long denyingClaimId) {
        List<Map<String, Object>> found = conflictsOf(eventId).stream()
                .filter(c -> ((List<Integer>) c.get("claimIds")).contains((int) denyingClaimId))
                .toList();
        assertThat("conflicts of " + eventId + ": " + conflictsOf(eventId), found, hasSize(1));
        assertThat(found.get(0).get("type"), equalTo("CONTRADICTION"));
        return found.get(0);
    }
}
