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
 * Three outlets after a central bank's rate cut (articles under {@code articles/centralbank}): the
 * governor's appearance before a committee told as "will appear before", "is due to appear before"
 * (dated a day early) and "is scheduled to testify before" ({@link Testimony}); a loan the paper says
 * the bank extended, which the borrower denies having borrowed ({@link Lending}).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CentralBankResourceTest {

    private static final String TESTIMONY = "2027-03-16";
    private static final String LAST_WEEK = "2027-03-01/2027-03-07";

    @Test
    void shouldMergeTheThreeWordingsOfTheTestimonyAndFlagThePapersDay() {
        Scenario bank = new Scenario("centralbank");
        ingestAll(bank);

        Map<String, Object> testimony = event("Hedda " + bank.name("GOVERNOR"), TESTIMONY);

        List<Map<String, Object>> claims = (List<Map<String, Object>>) testimony.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Ostland Wire", "The Morning Post", "Radio Ostland"));
        assertThat(testimony.get("kind"), equalTo(EventKinds.HEARING));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) testimony.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("The Morning Post dates this to 15 March 2027"));
    }

    @Test
    void shouldFlagTheLoanTheBorrowerDenies() {
        Scenario bank = new Scenario("centralbank");
        ingestAll(bank);

        Map<String, Object> loan = event(bank.name("LENDER") + " Bank", LAST_WEEK);

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) loan.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
        assertThat((String) contradictions.get(0).get("explanation"), containsString("Radio Ostland (Pia Norrland) den"));
    }

    /** Thursday, Friday, Saturday. */
    private static void ingestAll(Scenario bank) {
        ingest(bank.article("wire", "Ostland Wire", "2027-03-11T11:00:00Z"));
        ingest(bank.article("paper", "The Morning Post", "2027-03-12T05:00:00Z"));
        ingest(bank.article("radio", "Radio Ostland", "2027-03-13T08:00:00Z"));
    }
}
