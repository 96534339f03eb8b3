package io.factline.temporal;

/**
 * What a rule made of a match: TIMEX3 type, value and mod, plus the calendar interval for calendar dates
 * ({@code point}, null otherwise). An {@code anchoring} point becomes the date later expressions count from;
 * comparisons ("a year earlier", "the year-ago quarter") do not move the story's time.
 */
record Normalized(TimexType type, String value, String mod, CalendarPoint point, String edtf, boolean anchoring) {

    Normalized(TimexType type, String value, String mod, CalendarPoint point, String edtf) {
        this(type, value, mod, point, edtf, true);
    }

    static Normalized date(CalendarPoint point) {
        return new Normalized(TimexType.DATE, point.timexValue(), null, point, point.edtf());
    }

    static Normalized date(CalendarPoint point, String mod) {
        return new Normalized(TimexType.DATE, point.timexValue(), mod, point, point.edtf());
    }

    /** A part of a day ({@code MO}, {@code AF}, {@code EV}, {@code NI}) or a clock time ({@code 14:30}). */
    static Normalized time(CalendarPoint day, String partOrClock) {
        boolean clock = Character.isDigit(partOrClock.charAt(0));
        String value = day.timexValue() + "T" + partOrClock;
        String edtf = clock ? day.edtf() + "T" + partOrClock + (partOrClock.length() == 5 ? ":00" : "") : day.edtf();
        return new Normalized(TimexType.TIME, value, null, day, edtf);
    }

    /** A vague reference: {@code PAST_REF}, {@code PRESENT_REF} or {@code FUTURE_REF}. */
    static Normalized reference(String value) {
        return new Normalized(TimexType.DATE, value, null, null, null);
    }

    /** A date whose value leaves a part open ({@code 2026-WXX}): no calendar interval, no EDTF. */
    static Normalized unplaced(String value) {
        return new Normalized(TimexType.DATE, value, null, null, null);
    }

    static Normalized duration(String value) {
        return new Normalized(TimexType.DURATION, value, null, null, null);
    }

    static Normalized set(String value) {
        return new Normalized(TimexType.SET, value, null, null, null);
    }

    Normalized withMod(String newMod) {
        return new Normalized(type, value, newMod, point, edtf, anchoring);
    }

    /** The same value, marked as a comparison that later expressions do not count from. */
    Normalized comparison() {
        return new Normalized(type, value, mod, point, edtf, false);
    }
}
