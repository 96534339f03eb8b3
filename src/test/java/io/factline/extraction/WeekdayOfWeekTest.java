package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.TemporalTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekdayOfWeekTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);
    private static final DateFinder DATES = new DateFinder(new TemporalTagger());

    @Test
    void shouldDateAWeekdayOfLastWeekInThatWeek() {
        List<FoundDate> found = DATES.find("The board met on Tuesday last week.", REFERENCE, null);

        assertEquals(1, found.size(), found::toString);
        assertEquals("2026-10-06", found.get(0).date().value());
        assertEquals("Tuesday last week", found.get(0).text());
    }

    @Test
    void shouldDateAWeekdayOfNextWeekInThatWeek() {
        List<FoundDate> found = DATES.find("The board will meet on Monday of next week.", REFERENCE, null);

        assertEquals(List.of("2026-10-19"), found.stream().map(f -> f.date().value()).toList());
    }

    @Test
    void shouldLeaveAWeekdayAndAWeekApartAsTheyAre() {
        List<FoundDate> found = DATES.find("The board met on Tuesday and will meet again next week.", REFERENCE, null);

        assertEquals(2, found.size(), found::toString);
    }
}
