package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderedActTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    private static String action(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return OrderedAct.action(s.tokens(), s.at(verb));
    }

    @Test
    void shouldTakeAnOrderedEvacuationOrShutdownForTheAct() {
        assertEquals("evacuation", action("The governor ordered the evacuation of three villages.", "ordered"));
        assertEquals("shut", action("The agency ordered Tamber Mills to shut its mill.", "ordered"));
    }

    @Test
    void shouldKeepOtherOrders() {
        assertNull(action("The agency ordered Tamber Mills to recall its flour.", "ordered"));
        assertNull(action("The minister ordered an inquiry into the fire.", "ordered"));
    }

    @Test
    void shouldMakeTheOrderedEvacuationMeetAReportedOne() {
        EventCandidate ordered = ExtractedCandidates.only(
                "Governor Elin Dahl ordered the evacuation of three villages on Wednesday.", REFERENCE);
        EventCandidate told = ExtractedCandidates.only("About 900 people were evacuated on Wednesday.", REFERENCE);

        assertEquals(EventKinds.EVACUATION, ordered.kind());
        assertEquals(ordered.kind(), told.kind());
        assertEquals(ordered.date(), told.date());
    }
}
