package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on a corruption trial (articles under {@code articles/kickback}, s11-scena): the wire's
 * "a jury found X guilty", the radio's "was convicted" a day late and the paper's "was convicted on
 * Thursday" are one verdict ({@link Verdict}) with the radio's DATE conflict; the paper's "was jailed for
 * three years" is the sentencing ({@link Sentencing}), a happening of its own that the verdict days before
 * does not absorb; the lawyer's quoted "never received a single euro from" the contractor names both ends
 * of the payment the wire reports more than a year earlier ({@link QuotedParticipants},
 * {@link RestatedHandover}, {@link Payment}) and contradicts it.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class KickbackTrialResourceTest {

    @Test
    void shouldMergeTheVerdictWordedThreeWaysAndFlagTheRadiosDay() {
        Scenario trial = new Scenario("kickback");
        ingestAll(trial);

        Map<String, Object> verdict = event(trial.name("DEFENDANT"), "2026-09-17");

        assertThat(verdict.get("kind"), equalTo("ruling"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) verdict.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Coast Wire", "Radio Ellery", "The Ellery Gazette"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) verdict.get("conflicts");
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("DATE"));
        assertThat((String) conflicts.get(0).get("explanation"), containsString("Radio Ellery dates this to 18 September 2026"));
    }

    @Test
    void shouldKeepTheSentencingApartFromTheVerdict() {
        Scenario trial = new Scenario("kickback");
        ingestAll(trial);

        // The lawyer's statement is of that Monday too.
        Map<String, Object> sentencing = eventOfKind(trial.name("DEFENDANT"), "2026-09-21", "sentence");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) sentencing.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Coast Wire", "The Ellery Gazette"));
        assertThat((List<?>) sentencing.get("conflicts"), empty());
    }

    @Test
    void shouldFlagThePaymentTheLawyerDeniesByNamingBothEnds() {
        Scenario trial = new Scenario("kickback");
        ingestAll(trial);

        Map<String, Object> payment = event(trial.name("CONTRACTOR"), "2025-05");

        assertThat(payment.get("kind"), equalTo("transfer"));
        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) payment.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
    }

    /** The one event of the entity dated {@code date} of that kind, as {@code GET /api/events/{id}} shows it. */
    private static Map<String, Object> eventOfKind(String entity, String date, String kind) {
        List<Map<String, Object>> items = given().queryParam("entity", entity).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> found = items.stream()
                .filter(e -> e.get("date") != null && date.equals(((Map<?, ?>) e.get("date")).get("value"))
                        && kind.equals(e.get("kind")))
                .toList();
        assertThat("events of " + entity + " dated " + date + " in " + items, found, hasSize(1));
        return given().get("/api/events/" + found.get(0).get("id")).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** Thursday, Saturday, the Tuesday after. */
    private static void ingestAll(Scenario trial) {
        ingest(trial.article("wire", "Coast Wire", "2026-09-17T16:00:00Z"));
        ingest(trial.article("radio", "Radio Ellery", "2026-09-19T07:00:00Z"));
        ingest(trial.article("paper", "The Ellery Gazette", "2026-09-22T05:00:00Z"));
    }
}
