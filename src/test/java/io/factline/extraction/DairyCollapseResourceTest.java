package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on a milk processor's collapse (articles under {@code articles/dairy}, s10-scenc): the
 * wire names the company before an apposition and tells it "was placed into administration"
 * ({@link NameApposition}, {@link StatePassage}), the paper writes "the milk processor" after describing
 * it ({@link DescribedName}), the radio's "the dairy group went into administration" a day later names
 * nobody (a DATE conflict); the bank denies the loan withdrawal in a quotation before its speaker
 * ({@link QuotedStatement}). Before these rules the three reports were three events and the denial an
 * assertion.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DairyCollapseResourceTest {

    private static final String TUESDAY = "2026-10-13";

    @Test
    void shouldMergeTheNamedTheDescribedAndTheUnnamedAdministrationAndFlagTheRadiosDay() {
        Scenario dairy = new Scenario("dairy");
        ingestAll(dairy);

        Map<String, Object> administration = event(dairy.name("FIRM") + " Dairies", TUESDAY);

        assertThat(administration.get("kind"), equalTo("administration"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) administration.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Valley Wire", "The Valley Courier", "Radio Harlan"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) administration.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("Radio Harlan dates this to 14 October 2026"));
    }

    @Test
    void shouldFlagTheLoanWithdrawalTheBankDeniesInAQuotation() {
        Scenario dairy = new Scenario("dairy");
        ingestAll(dairy);

        Map<String, Object> withdrawal = event(dairy.name("FIRM") + " Dairies", "2026-10-02");

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) withdrawal.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
        assertThat((String) contradictions.get(0).get("explanation"), containsString("Radio Harlan"));
    }

    /** Tuesday, Wednesday, Thursday. */
    private static void ingestAll(Scenario dairy) {
        ingest(dairy.article("wire", "Valley Wire", "2026-10-13T16:00:00Z"));
        ingest(dairy.article("paper", "The Valley Courier", "2026-10-14T05:00:00Z"));
        ingest(dairy.article("radio", "Radio Harlan", "2026-10-15T08:00:00Z"));
    }
}
