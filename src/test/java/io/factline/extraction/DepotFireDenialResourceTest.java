package io.factline.extraction;

import static io.factline.extraction.ClaimedEvents.conflictsOf;
import static io.factline.extraction.ClaimedEvents.contradicted;
import static io.factline.extraction.ClaimedEvents.dated;
import static io.factline.extraction.ClaimedEvents.only;
import static io.factline.extraction.ClaimedEvents.quotes;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
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

        Map<String, Object> denial = only(dated(PAPER_DAY, "alarm", manager));
        Map<String, Object> denied = contradicted(denial);
        assertThat(denied.toString(), quotes(denied), hasItem(org.hamcrest.Matchers.containsString("switched off")));

        Map<String, Object> warning = only(dated(PAPER_DAY, "warning", manager));
        assertThat(warning.toString(), conflictsOf(warning), empty());
        Map<String, Object> meeting = only(dated("2038-04-12", "met the depot's managers"));
        assertThat(meeting.toString(), conflictsOf(meeting), empty());
        assertThat(dated(PAPER_DAY, "will not meet").toString(), dated(PAPER_DAY, "will not meet"), empty());
    }
}
