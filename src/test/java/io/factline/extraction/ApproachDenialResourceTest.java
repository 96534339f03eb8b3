package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.factline.extraction.ClaimedEvents.only;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A minister's report that one insurer approached another about a takeover, and the insurer's denial in a paper
 * two days later that opens "Earlier on Friday, …" (articles under {@code articles/approach-denial}, session 15,
 * s15-domains). Before, the tagger's proper noun "Earlier" made the attribution swallow the whole sentence: the
 * denial became a plain statement "X denies", asserted, with nothing denied, and no conflict was raised. Now
 * ({@link OpeningTimeAdverb}) the denial is of the approach and is linked to the minister's report: one
 * CONTRADICTION spanning both events.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ApproachDenialResourceTest {

    private static final String REPORT_DAY = "2036-05-08";
    private static final String DENIAL_DAY = "2036-05-09";

    @Test
    void shouldContradictTheReportedApproachWithADenialOpeningEarlierOnADay() {
        Scenario approach = new Scenario("approach-denial");
        ingest(approach.article("wire", "Harbour Wire", "2036-05-08T17:00:00Z"));
        ingest(approach.article("paper", "Lowland Ledger", "2036-05-10T07:00:00Z"));

        String insurer = approach.name("VESTRA") + " Insurance";
        Map<String, Object> report = only(events(REPORT_DAY, "approached", "Edda " + approach.name("MARKEN")));
        Map<String, Object> denial = only(events(DENIAL_DAY, "denied", insurer));

        Map<String, Object> denialClaim = ((List<Map<String, Object>>) denial.get("claims")).get(0);
        assertThat(denialClaim.toString(), denialClaim.get("stance"), equalTo("DENIES"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) denial.get("conflicts");
        assertThat(conflicts.toString(), conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        assertThat(conflicts.get(0).toString(), (List<Integer>) conflicts.get(0).get("eventIds"),
                containsInAnyOrder(((Number) report.get("id")).intValue(), ((Number) denial.get("id")).intValue()));
    }

    /** The events dated {@code day} one of whose claims quotes {@code word} and names {@code who}, as GET /api/events/{id} shows them. */
    private static List<Map<String, Object>> events(String day, String word, String who) {
        List<Map<String, Object>> items = given().queryParam("from", day).queryParam("to", day)
                .queryParam("limit", 200).get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .map(e -> given().get("/api/events/" + e.get("id")).then().statusCode(200).extract().jsonPath()
                        .<String, Object>getMap(""))
                .filter(e -> ((List<Map<String, Object>>) e.get("claims")).stream()
                        .anyMatch(c -> String.valueOf(c.get("quote")).contains(word)
                                && (c.get("quote") + " " + c.get("attributedTo")).contains(who)))
                .toList();
    }
}
