package io.factline.temporal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * What a rule may consult while normalising a match: the reference (publication) date, the tense around the match
 * and the last calendar date mentioned before it in the document, which "a year earlier" or "the next day" count from.
 */
final class ResolutionContext {

    /** "Through January", "until March 8", "by Feb. 10": an end point that lies ahead even in a past-tense report. */
    private static final Pattern ENDPOINT_BEFORE = Pattern.compile("(?i)\\b(?:through|until|till|by|effective)\\s+$");
    /** A year named from the publication date: the frame of the dates that follow it in its sentence. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(?:next|last|coming|previous)\\s+year\\b");
    /**
     * The end of a sentence between a year frame and a date: a stop before a capital, not after an abbreviation (the
     * sentence detector also cuts at "Aug." in "from Aug. 20 until Sept. 23", which does not end the frame).
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|[A-Z]))[.!?;]['\"”’)]*\\s+(?=\\P{Ll})");
    /** How far a year frame reaches into its sentence, in characters. */
    private static final int FRAME_REACH = 240;
    /** How far ahead an end point may lie for the coming reading to win over the tense. */
    private static final int ENDPOINT_WINDOW = 183;

    final LocalDate reference;
    final String document;
    private final TemporalTagger.TenseHint hint;
    private final IntFunction<Tense> neighbourTense;
    private Sentence sentence;
    private int begin;
    private int end;
    private CalendarPoint lastPoint;
    private CalendarPoint yearFrame;
    private int yearFrameBegin = -1;
    private CalendarPoint lastQuarter;
    private boolean inTextOrder;

    ResolutionContext(LocalDate reference, String document) {
        this(reference, document, null);
    }

    ResolutionContext(LocalDate reference, String document, TemporalTagger.TenseHint hint) {
        this(reference, document, hint, offset -> Tense.UNKNOWN);
    }

    ResolutionContext(LocalDate reference, String document, TemporalTagger.TenseHint hint,
            IntFunction<Tense> neighbourTense) {
        this.reference = reference;
        this.document = document;
        this.hint = hint;
        this.neighbourTense = neighbourTense;
    }

    void moveTo(Sentence sentence, int begin, int end) {
        this.sentence = sentence;
        this.begin = begin;
        this.end = end;
    }

    /**
     * From here on matches are resolved in text order, so {@link #lastPoint()} is the date mentioned last before the
     * match. Before that (while overlapping matches are chosen) nothing has been remembered yet.
     */
    void resolveInTextOrder() {
        inTextOrder = true;
    }

    /** Whether {@link #lastPoint()} tells what the text mentioned before the match (see {@link #resolveInTextOrder}). */
    boolean knowsEarlierDates() {
        return inTextOrder;
    }

    void remember(CalendarPoint point) {
        lastPoint = point;
        if (point.granularity() == Granularity.YEAR && RELATIVE_YEAR.matcher(document.substring(begin, end)).find()) {
            yearFrame = point;
            yearFrameBegin = begin;
        }
        if ((point.granularity() == Granularity.QUARTER || point.granularity() == Granularity.HALF)
                && !(lastQuarter != null && recentlyEnded(lastQuarter))) {
            lastQuarter = point;
        }
    }

    /** A period that ended before the reference date, within the year before it: one a results story reports on. */
    private boolean recentlyEnded(CalendarPoint point) {
        return point.end().isBefore(reference) && point.end().isAfter(reference.minusYears(1));
    }

    /**
     * The quarter or half-year the story reports on, or null: the first one it named that has just ended (a results
     * story leads with it; a later "fourth-quarter outlook" or "a flat second quarter" does not replace it), else the
     * last one named.
     */
    CalendarPoint lastQuarter() {
        return lastQuarter;
    }

    /**
     * The year a sentence set as the frame of its dates before the current match ("Next year the fair will run from
     * Aug. 20 to Aug. 23", "Last year, the board met in March and again in May"), else null. A verb between the two
     * that points the other way ends the frame ("Sales fell last year, and the shop will reopen in March"; "Next year
     * the shop, which opened in May, ...").
     */
    private Integer yearOfSentence() {
        if (!inTextOrder || yearFrame == null || yearFrameBegin >= begin || begin - yearFrameBegin > FRAME_REACH
                || SENTENCE_END.matcher(document).region(yearFrameBegin, begin).find()) {
            return null;
        }
        int year = yearFrame.start().getYear();
        String between = document.substring(yearFrameBegin, begin).toLowerCase(java.util.Locale.ROOT);
        if (year < reference.getYear() ? aheadMarker(between) : year > reference.getYear() && pastMarker(between)) {
            return null;
        }
        return year;
    }

    /** A verb form that looks ahead, between a past year frame and a date (also a timetable's present, "returns"). */
    private static final Pattern AHEAD_MARKER = Pattern.compile(
            "\\b(?:will|shall|won't|going\\s+to|due\\s+to|plans?\\s+to|expects?|expected\\s+to)\\b|'ll\\b");

    private static boolean aheadMarker(String text) {
        if (AHEAD_MARKER.matcher(text).find()) {
            return true;
        }
        for (String word : text.split("[^\\p{L}']+")) {
            if (TenseDetector.timetablePresent(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastMarker(String text) {
        for (String word : text.split("[^\\p{L}']+")) {
            if (word.length() > 4 && word.endsWith("ed") || TenseDetector.IRREGULAR_PAST.contains(word)
                    && !TenseDetector.SAME_AS_PRESENT.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The last calendar date mentioned before the current match, or null. */
    CalendarPoint lastPoint() {
        return lastPoint;
    }

    /** The last mentioned date, or the reference day when none was mentioned yet. */
    CalendarPoint anchor() {
        return lastPoint != null ? lastPoint : CalendarPoint.day(reference);
    }

    /** The last mentioned day if it was a single day, else the reference day: the day a bare clock time falls on. */
    CalendarPoint anchorDay() {
        return lastPoint != null && lastPoint.granularity() == Granularity.DAY ? lastPoint : CalendarPoint.day(reference);
    }

    /**
     * The future for a date something was called, set or moved to ({@link ForwardFrame#scheduled}); else the caller's
     * tense for the current match if it gives one ({@link TemporalTagger.TenseHint}), else the detector's.
     */
    Tense tense() {
        if (ForwardFrame.scheduled(this)) {
            return Tense.FUTURE;
        }
        Tense given = hint == null ? null : hint.tenseAt(begin, end);
        if (given != null && given != Tense.UNKNOWN) {
            return given;
        }
        Tense own = sentence.tenseAround(begin, end);
        return own != Tense.UNKNOWN ? own : neighbourTense.apply(begin);
    }

    /** Up to {@code length} characters of the document just before the current match. */
    String before(int length) {
        return document.substring(Math.max(0, begin - length), begin);
    }

    /** Up to {@code length} characters of the document just after the current match. */
    String after(int length) {
        return document.substring(end, Math.min(document.length(), end + length));
    }

    /**
     * Places an expression that names no year ("in August", "Oct. 23", "the summer"). The candidates are the latest
     * such interval starting on or before the reference date and the earliest one ending on or after it. A past-tense
     * clause takes the first, a future-tense clause the second, as long as it lies within 330 days (300 for a
     * single day, since news gives the year of an older day and a past-tense report
     * often announces a coming deadline: "ruled that he must leave by Jan. 14"). An end point after "through",
     * "until", "by" or "effective" takes the coming one if it lies within half a year ("this year through August"
     * written in October is the August past); an occasion waited for ("had not waited for its June meeting",
     * {@link ForwardFrame#awaitedOccasion}) the nearer one whatever the tense. Otherwise the nearer one wins, and
     * when the other lies beyond that window the tense is not even asked for.
     */
    CalendarPoint placeInYear(IntFunction<CalendarPoint> inYear) {
        Integer named = yearOfSentence();
        if (named != null) {
            return inYear.apply(named);
        }
        int year = reference.getYear();
        CalendarPoint past = inYear.apply(year);
        if (past.start().isAfter(reference)) {
            past = inYear.apply(year - 1);
        }
        CalendarPoint future = inYear.apply(year);
        if (future.end().isBefore(reference)) {
            future = inYear.apply(year + 1);
        }
        if (!past.end().isBefore(reference)) {
            return past;
        }
        long daysBack = ChronoUnit.DAYS.between(past.end(), reference);
        long daysAhead = ChronoUnit.DAYS.between(reference, future.start());
        boolean day = past.granularity() == Granularity.DAY;
        int window = day ? 300 : 330;
        CalendarPoint nearer = daysBack <= daysAhead ? past : future;
        if (nearer == past ? daysAhead > window : daysBack > window) {
            return nearer;
        }
        if (daysAhead <= ENDPOINT_WINDOW && ENDPOINT_BEFORE.matcher(before(12)).find()) {
            return future;
        }
        if (ForwardFrame.awaitedOccasion(this)) {
            return daysAhead <= daysBack ? future : past;
        }
        Tense tense = tense();
        if (tense == Tense.PAST && daysBack <= window) {
            return past;
        }
        if (tense == Tense.FUTURE && daysAhead <= window) {
            return future;
        }
        return daysBack <= daysAhead ? past : future;
    }
}
