package io.factline.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A results sentence about a span of months counted from the start of the year ("For the nine months, net rose to $5
 * million from $4 million a year earlier", "through the first nine months", "year to date"). Its comparison ("a year
 * earlier", "year-earlier", "the 1988 period") means the same months of the year before, not the quarter the story
 * reports on. TIMEX3 has no value for "January to September 1988", so the comparison is that year. A quarter or half
 * named after the span in the same sentence is what the comparison refers to instead, and a half-year ("the first
 * half") has a value of its own, so neither counts here.
 */
final class YearToDateSpan {

    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:(?:seven|eight|nine|ten|eleven|[7-9]|1[01])[\\s-]+months?"
            + "|year[\\s-]+to[\\s-]+date)\\b");
    /** A sentence end: the sentence detector also cuts inside amounts ("$1.11 a share"), so the rule finds its own. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”]?\\s+(?=[\"“]?[A-Z])|\n");
    private static final Pattern LATER_PERIOD = Pattern.compile("(?i)\\b(?:quarter|half|period)\\b");

    private YearToDateSpan() {
    }

    /** Whether the sentence names such a span before the current match, with no quarter or half after it. */
    static boolean namedBefore(ResolutionContext context) {
        String before = sentenceBefore(context.before(240));
        Matcher span = SPAN.matcher(before);
        int last = -1;
        while (span.find()) {
            last = span.end();
        }
        return last >= 0 && !LATER_PERIOD.matcher(before).region(last, before.length()).find();
    }

    private static String sentenceBefore(String window) {
        Matcher end = SENTENCE_END.matcher(window);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        return window.substring(from);
    }

    /** The year before the one the span belongs to: the reported period's year in a results story, else the reference's. */
    static CalendarPoint yearBefore(ResolutionContext context) {
        CalendarPoint reported = context.lastQuarter();
        int year = reported != null && Math.abs(reported.year() - context.reference.getYear()) <= 1
                ? reported.year() : context.reference.getYear();
        return CalendarPoint.year(year - 1);
    }
}
