package io.factline.temporal;

import static io.factline.temporal.Tagging.tag;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatelineTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 22);

    @Test
    void shouldCountFromTheDayOfTheDatelineFiledTheDayBefore() {
        List<Timex> found = tag("LISBON, January 21 (Iberwire) --\n\nThe port authority said today that it will reopen "
                + "the north quay on Thursday.", PUBLISHED);
        assertEquals("2026-01-21", timex(found, "January 21").value());
        assertEquals("2026-01-21", timex(found, "today").value());
        assertEquals("2026-01-22", timex(found, "Thursday").value());
    }

    @Test
    void shouldTakeADatelineWithStateAndDash() {
        assertEquals(LocalDate.of(2026, 1, 20), Dateline.filed("SPRINGFIELD, Ill., Jan. 20 -- Flood waters rose.", PUBLISHED));
    }

    @Test
    void shouldKeepThePublicationDateWithoutADatelineOrWithADistantOne() {
        assertEquals(PUBLISHED, Dateline.filed("Flood waters rose on Tuesday in the river towns.", PUBLISHED));
        assertEquals(PUBLISHED, Dateline.filed("On Monday, January 19 (a holiday), the banks were shut.", PUBLISHED));
        assertEquals(PUBLISHED, Dateline.filed("OSLO, January 2 (Nordwire) -- The talks resumed.", PUBLISHED));
        assertEquals(PUBLISHED, Dateline.filed("OSLO, January 22 (Nordwire) -- The talks resumed.", PUBLISHED));
    }

    @Test
    void shouldPutADecemberDatelineInThePreviousYear() {
        assertEquals(LocalDate.of(2025, 12, 31),
                Dateline.filed("ROME, December 31 (Tiberwire) -- Fireworks lit the sky.", LocalDate.of(2026, 1, 1)));
    }
}
