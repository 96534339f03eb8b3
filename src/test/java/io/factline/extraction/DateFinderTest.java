package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.TemporalTagger;
import io.factline.temporal.Tense;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 21);
    private static final DateFinder FINDER = new DateFinder(new TemporalTagger());

    @Test
    void shouldKeepCalendarDatesWithTheirOffsets() {
        String sentence = "The two envoys will fly to Oslo on Thursday for talks.";

        List<FoundDate> found = FINDER.find(sentence, REFERENCE, null);

        assertEquals(1, found.size(), found::toString);
        assertEquals("2026-01-22", found.get(0).date().value());
        assertEquals(found.get(0).text(), sentence.substring(found.get(0).begin(), found.get(0).end()));
    }

    @Test
    void shouldLeaveOutDurationsAndPartsOfTheDayThatNameNoDay() {
        assertEquals(List.of(), FINDER.find("They talked for two hours.", REFERENCE, null));
        assertEquals(List.of(), FINDER.find("The plane landed late at night.", REFERENCE, null));
    }

    @Test
    void shouldResolveABareWeekdayInTheTenseTheCallerGives() {
        String sentence = "The aide confirmed that the mayor will meet them on Friday.";

        assertEquals("2026-01-16", FINDER.find(sentence, REFERENCE, (b, e) -> Tense.PAST).get(0).date().value());
        assertEquals("2026-01-23", FINDER.find(sentence, REFERENCE, (b, e) -> Tense.FUTURE).get(0).date().value());
    }
}
