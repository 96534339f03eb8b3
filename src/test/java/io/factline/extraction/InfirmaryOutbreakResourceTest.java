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
 * Three outlets on a ward closed after an outbreak (articles under {@code articles/infirmary}): the
 * wire names the infirmary, the paper names it once and then writes "the hospital shut the ward" a day
 * early ({@link DescribedThing}: a DATE conflict on one closure, no longer two events); the paper's
 * "four nurses who worked on the ward … fell ill on Monday" ({@link RestrictiveRelative}) is denied by a
 * quote before its attribution, "'No nurse has fallen ill with the virus,' … told reporters"
 * ({@link QuotedStatement}), read as an assertion before session 10.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class InfirmaryOutbreakResourceTest {

    private static final String CLOSURE = "2027-03-10";
    private static final String ILLNESS = "2027-03-08";

    @Test
    void shouldMergeTheDescribedClosureAndFlagThePapersDay() {
        Scenario outbreak = new Scenario("infirmary");
        ingestAll(outbreak);

        Map<String, Object> closure = event(outbreak.name("TOWN") + " City Infirmary", CLOSURE);

        List<Map<String, Object>> claims = (List<Map<String, Object>>) closure.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Fenland Wire", "Harnwick Evening Post"));
        assertThat(closure.get("kind"), equalTo(EventKinds.SHUTDOWN));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) closure.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("Harnwick Evening Post dates this to 9 March 2027"));
    }

    @Test
    void shouldFlagTheQuotedDenialOfTheNursesIllness() {
        Scenario outbreak = new Scenario("infirmary");
        ingestAll(outbreak);

        Map<String, Object> denial = event("Rosa " + outbreak.name("CHIEF"), "2027-03-12");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) denial.get("claims");
        assertThat(claims.get(0).get("stance"), equalTo("DENIES"));
        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) denial.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
        assertThat((String) contradictions.get(0).get("explanation"), containsString("Harnwick Evening Post (their union) asserts"));
    }

    /** Thursday, Friday, Saturday. */
    private static void ingestAll(Scenario outbreak) {
        ingest(outbreak.article("wire", "Fenland Wire", "2027-03-11T10:00:00Z"));
        ingest(outbreak.article("paper", "Harnwick Evening Post", "2027-03-12T06:00:00Z"));
        ingest(outbreak.article("radio", "Radio Fenland", "2027-03-13T08:00:00Z"));
    }
}
