package io.factline.extraction;

import static io.factline.extraction.ClaimedEvents.conflictsOf;
import static io.factline.extraction.ClaimedEvents.contradicted;
import static io.factline.extraction.ClaimedEvents.dated;
import static io.factline.extraction.ClaimedEvents.only;
import static io.factline.extraction.ClaimedEvents.quotes;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wire quotes a union organiser: drivers had reported loose rock at a gravel site to its managers. A paper a day
 * later restates the union's account and then: "X Aggregates on Wednesday denied that it had received any such
 * reports." (articles under {@code articles/quarry-reports}, s16-conflict). Before, the denial was read as
 * "receive report", which no assertion of reporting loose rock could meet, and no conflict was raised. Now
 * ({@link SuchAntecedent}) "such reports" takes the act and object of the sentence it points back to, and the
 * denial is linked to the reported warnings (CONTRADICTION). The company's "would not comment" and the
 * inspectors' visit two days later raise nothing.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class QuarryReportsDenialResourceTest {

    private static final String PAPER_DAY = "2041-09-18";

    @Test
    void shouldContradictTheReportedWarningsWithADenialOfAnySuchReports() {
        Scenario quarry = new Scenario("quarry-reports");
        ingest(quarry.article("wire", "Harbour Wire", "2041-09-17T11:00:00Z"));
        ingest(quarry.article("paper", "Kelmouth Gazette", "2041-09-18T18:00:00Z"));
        ingest(quarry.article("radio", "Coast Radio", "2041-09-19T17:00:00Z"));

        Map<String, Object> denial = only(dated(PAPER_DAY, "any such reports"));
        Map<String, Object> denied = contradicted(denial);
        assertThat(denied.toString(), quotes(denied), hasItem(containsString("reported loose rock")));

        assertThat(dated(PAPER_DAY, "would not comment").toString(), dated(PAPER_DAY, "would not comment"), empty());
        Map<String, Object> visit = only(dated("2041-09-19", "inspectors visited"));
        assertThat(visit.toString(), conflictsOf(visit), empty());
    }
}
