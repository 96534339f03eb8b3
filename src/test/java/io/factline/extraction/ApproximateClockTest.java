package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApproximateClockTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldDateARoughClockTimeByItsDay() {
        EventCandidate c = ExtractedCandidates.only("A goods train left the rails at Pell shortly before 11 p.m. on Friday.", SATURDAY);

        assertEquals("2027-06-04", c.date().value());
    }

    @Test
    void shouldKeepAnExactClockTime() {
        EventCandidate c = ExtractedCandidates.only("The truce will take effect at 6 a.m. on Sunday.", SATURDAY);

        assertEquals("2027-06-06T06:00:00", c.date().value());
    }
}
