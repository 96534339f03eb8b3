package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two outlets on trade talks and fire on a border town (articles under {@code articles/truce}, session
 * 11): the wire names both ministers as "X and his counterpart, Y" ({@link CoordinatedApposition}); the
 * paper names the first by his role before his name ("…'s trade minister shook hands with Y", then
 * "Trade Minister X": {@link RoleAhead}), so both reports are one meeting. The wire's "rockets struck a
 * grain depot in T" ({@link Shelling}) is denied by the paper's dated rejection whose quoted words come
 * in the next sentence ({@link AnnouncedDenial}): a CONTRADICTION between the two events.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class BorderTalksResourceTest {

    @Test
    void shouldMergeTheTalksToldWithACounterpartAndWithARoleBeforeItsHolder() {
        Scenario talks = new Scenario("truce");
        ingestAll(talks);

        Map<String, Object> meeting = event("Bea " + talks.name("ORTIZ"), "2027-06-05");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) meeting.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Melk Wire", "Border Courier"));
        assertThat(meeting.get("kind"), equalTo(EventKinds.MEETING));
        assertThat((List<Object>) meeting.get("conflicts"), empty());
    }

    @Test
    void shouldLinkTheAnnouncedDenialToTheFireItDenies() {
        Scenario talks = new Scenario("truce");
        ingestAll(talks);

        Map<String, Object> denial = event("Edda " + talks.name("BRUN"), "2027-06-07");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) denial.get("claims");
        assertThat(claims, hasSize(1));
        assertThat(claims.get(0).get("stance"), equalTo("DENIES"));
        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) denial.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        assertThat((List<Number>) contradictions.get(0).get("eventIds"), hasSize(2));
    }

    /** Monday, Tuesday. */
    private static void ingestAll(Scenario talks) {
        ingest(talks.article("wire", "Melk Wire", "2027-06-07T09:00:00Z"));
        ingest(talks.article("paper", "Border Courier", "2027-06-08T06:00:00Z"));
    }
}
