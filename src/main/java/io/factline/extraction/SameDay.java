package io.factline.extraction;

import io.factline.date.EdtfDate;

/**
 * Two dates name the same day when they are the same value, or when both cover one day and it is
 * the same one: "took effect at 6 a.m. on Thursday" (a time, {@code 2027-03-11T06:00:00}) and
 * "took effect on Thursday" ({@code 2027-03-11}) are one day, so two reports that name nobody meet
 * on it as two day values would (s11-scenb; the day values' rule is {@link EventMatcher#score}).
 */
final class SameDay {

    private SameDay() {
    }

    static boolean of(EdtfDate a, EdtfDate b) {
        if (a.value().equals(b.value())) {
            return true;
        }
        return a.days() == 1 && b.days() == 1 && a.sortStart().equals(b.sortStart());
    }
}
