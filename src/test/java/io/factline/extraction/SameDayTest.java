package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import org.junit.jupiter.api.Test;

class SameDayTest {

    @Test
    void shouldTakeATimeOfADayForThatDay() {
        assertTrue(SameDay.of(EdtfDate.parse("2027-06-06T06:00:00"), EdtfDate.parse("2027-06-06")));
        assertTrue(SameDay.of(EdtfDate.parse("2027-06-06"), EdtfDate.parse("2027-06-06")));
    }

    @Test
    void shouldKeepOtherDaysAndLongerSpansApart() {
        assertFalse(SameDay.of(EdtfDate.parse("2027-06-06T23:00:00"), EdtfDate.parse("2027-06-07")));
        assertFalse(SameDay.of(EdtfDate.parse("2027-06"), EdtfDate.parse("2027-06-06")));
    }
}
