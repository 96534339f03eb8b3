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
 * Three outlets on a break-in at a town gallery (articles under {@code articles/burglary}), each in
 * words of its own: a wire's "burglars broke into the gallery early on Monday" (after a dateline), a
 * newspaper's "a gang struck at dawn on Sunday", a radio's "this week's theft of four clocks from
 * the gallery"; the newspaper reports the alarm switched off, which "the gallery's director" denies.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class GalleryBurglaryResourceTest {

    private static final String BREAK_IN = "2026-06-08";
    private static final String ALARM = "2026-06-07";

    /**
     * One ingest for both checks: the paper's unnamed "gang" meets the break-in only while a single
     * stored break-in matches it ({@link EventMatcher#best}), so a second instance of these articles
     * in the shared test database, on the same days, would leave it apart by design.
     */
    @Test
    void shouldMergeTheBreakInTheRaidAndTheTheftAndFlagTheNewspapersDayAndTheDeniedAlarm() {
        Scenario burglary = new Scenario("burglary");
        ingestAll(burglary);

        Map<String, Object> breakIn = event(burglary.name("TOWN") + " Civic Gallery", BREAK_IN);

        assertThat(breakIn.get("kind"), equalTo(EventKinds.INTRUSION));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) breakIn.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Harbour Wire", "The Evening Ledger", "Harbour Radio"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) breakIn.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("The Evening Ledger dates this to 7 June 2026"));

        Map<String, Object> alarm = event(burglary.name("TOWN") + " Civic Gallery", ALARM);

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) alarm.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
        assertThat((String) contradictions.get(0).get("explanation"), containsString("Harbour Radio denies it"));
    }

    /** Monday, Wednesday, Friday. */
    private static void ingestAll(Scenario burglary) {
        ingest(burglary.article("wire", "Harbour Wire", "2026-06-08T15:00:00Z"));
        ingest(burglary.article("newspaper", "The Evening Ledger", "2026-06-10T05:30:00Z"));
        ingest(burglary.article("radio", "Harbour Radio", "2026-06-12T17:00:00Z"));
    }
}
