package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.TemporalTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalDateFinderTest {

    /** Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 21);
    private static final DateFinder FINDER = new TemporalDateFinder(new TemporalTagger());

    @Test
    void shouldKeepCalendarDatesWithTheirOffsets() {
        String sentence = "The two envoys will fly to Oslo on Thursday for talks.";

        List<FoundDate> found = FINDER.find(sentence, REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertEquals("2026-01-22", found.get(0).date().value());
        assertEquals(found.get(0).text(), sentence.substring(found.get(0).begin(), found.get(0).end()));
    }

    @Test
    void shouldLeaveOutDurations() {
        assertEquals(List.of(), FINDER.find("They talked for two hours.", REFERENCE));
    }
}
