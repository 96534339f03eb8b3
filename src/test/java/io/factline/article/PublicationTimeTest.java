package io.factline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.factline.common.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

    /** "2025-02-29" was called "not an ISO 8601 date", which it is; the day is what does not exist. */
    @Test
    void shouldNameTheDayThatDoesNotExist() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PublicationTime.parse("publishedAt", "2025-02-29T10:00:00Z"));
        assertEquals("publishedAt: '2025-02-29T10:00:00Z' is not a day of the calendar: February 2025 has 28 days",
                e.getMessage());
    }

    @Test
    void shouldStillCallAnotherShapeNotIso8601() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PublicationTime.parse("publishedAt", "21/01/2026"));
        assertEquals("publishedAt: '21/01/2026' is not an ISO 8601 date or date-time such as 2026-01-21 or "
                + "2026-01-21T09:30:00Z", e.getMessage());
    }

    @Test
    void shouldReadTheLeapDayOfALeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), PublicationTime.parse("publishedAt", "2024-02-29").day());
    }
}
