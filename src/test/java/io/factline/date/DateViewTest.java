package io.factline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateViewTest {

    @Test
    void shouldShowEveryFieldOfTheDate() {
        assertEquals(new DateView("2025-08~", "MONTH", LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 31), "about August 2025", true, false),
                DateView.from(EdtfDate.parse("2025-08~")));
    }

    @Test
    void shouldLeaveAnOpenSideNull() {
        DateView view = DateView.from(EdtfDate.parse("../2026-01-20"));
        assertEquals("INTERVAL", view.precision());
        assertNull(view.start());
        assertEquals(LocalDate.of(2026, 1, 20), view.end());
        assertEquals("until 20 January 2026", view.display());
    }

    @Test
    void shouldMapNoDateToNoView() {
        assertNull(DateView.from(null));
    }
}
