package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarPointTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 22);

    @Test
    void shouldRenderTimexAndEdtfValuesPerGranularity() {
        assertRendered(CalendarPoint.day(THURSDAY), "2026-01-22", "2026-01-22");
        assertRendered(CalendarPoint.week(THURSDAY), "2026-W04", "2026-01-19/2026-01-25");
        assertRendered(CalendarPoint.weekend(THURSDAY), "2026-W04-WE", "2026-01-24/2026-01-25");
        assertRendered(CalendarPoint.month(2025, 8), "2025-08", "2025-08");
        assertRendered(CalendarPoint.quarter(1998, 3), "1998-Q3", "1998-07/1998-09");
        assertRendered(CalendarPoint.half(2025, 2), "2025-H2", "2025-07/2025-12");
        assertRendered(CalendarPoint.season(2025, 9), "2025-FA", "2025-23");
        assertRendered(CalendarPoint.season(2025, 12), "2025-WI", "2025-24");
        assertRendered(CalendarPoint.year(2014), "2014", "2014");
        assertRendered(CalendarPoint.decade(1994), "199", "199X");
        assertRendered(CalendarPoint.century(1999), "19", "19XX");
    }

    @Test
    void shouldShiftByWholeUnits() {
        assertEquals("2025-Q4", CalendarPoint.quarter(2026, 1).plus(-1).timexValue());
        assertEquals("2024-Q3", CalendarPoint.quarter(2025, 3).plus(-4).timexValue());
        assertEquals("2025-12", CalendarPoint.month(2026, 1).plus(-1).timexValue());
        assertEquals("2026-W01", CalendarPoint.week(THURSDAY).plus(-3).timexValue());
    }

    @Test
    void shouldFindWinterAcrossTheYearEnd() {
        assertEquals("2025-WI", CalendarPoint.containing(Granularity.SEASON, LocalDate.of(2026, 2, 10)).timexValue());
    }

    private static void assertRendered(CalendarPoint point, String timex, String edtf) {
        assertEquals(timex, point.timexValue());
        assertEquals(edtf, point.edtf());
    }
}
