package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day counted from the story's last date — "the following day", "the next morning", "the previous evening",
 * "two days later" — at the start of a sentence's dates counts from the last day an earlier sentence of the
 * article named, not from the publication day. The temporal engine reads one sentence at a time, so without
 * this "The federation dropped her on October 4. Her sponsor ended its contract the following day." dated the
 * sponsor's act the day after publication. A sentence that names a day before the expression is left to the
 * engine, which counts from it already; when the last date named before was no day (a month, a year), the
 * engine's reading stands, as it does in one sentence.
 */
final class StoryDay {

    private static final Map<String, Integer> QUALIFIED = Map.of("following", 1, "next", 1, "previous", -1,
            "prior", -1, "preceding", -1, "same", 0, "that", 0, "that same", 0);
    private static final Pattern QUALIFIED_DAY = Pattern.compile(
            "(?i)^(?:the\\s+)?(following|next|previous|prior|preceding|same|that(?:\\s+same)?)\\s+"
                    + "(?:day|morning|afternoon|evening|night)$");
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7);
    private static final Pattern DAYS_AWAY = Pattern.compile(
            "(?i)^(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+days?\\s+(later|after|afterwards|earlier|before)$");

    /** The last day an earlier sentence named, or null when the last date named was no day (or none was). */
    private LocalDate last;

    /**
     * The sentence's dates with each day counted from the story's last date recounted from the last day named
     * before the sentence (see the class comment); then that sentence's last date becomes the story's.
     */
    List<FoundDate> recount(List<FoundDate> found) {
        List<FoundDate> out = new ArrayList<>(found.size());
        boolean dayBefore = false;
        for (FoundDate date : found) {
            Integer offset = dayBefore || last == null ? null : offset(date.text());
            out.add(offset == null ? date : new FoundDate(date.text(), date.begin(), date.end(),
                    EdtfDate.parse(last.plusDays(offset).toString())));
            dayBefore |= date.date().precision() == Precision.DAY;
        }
        if (!out.isEmpty()) {
            EdtfDate latest = out.get(out.size() - 1).date();
            last = latest.precision() == Precision.DAY ? latest.start() : null;
        }
        return out;
    }

    /** The last day an earlier sentence named, or null when the last date named was no day (or none was). */
    LocalDate last() {
        return last;
    }

    /**
     * A sentence without a date of its own that dated an act by counting ("Two days later, parliament voted",
     * {@link RelativeAct}) names that day: a "the next day" after it counts from there.
     */
    void named(LocalDate day) {
        last = day;
    }

    /** How many days from the story's last day the expression counts, or null when it counts from no such day. */
    static Integer offset(String expression) {
        String text = expression.trim().replaceAll("\\s+", " ");
        Matcher qualified = QUALIFIED_DAY.matcher(text);
        if (qualified.matches()) {
            return QUALIFIED.get(qualified.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher away = DAYS_AWAY.matcher(text);
        if (!away.matches()) {
            return null;
        }
        String count = away.group(1).toLowerCase(Locale.ROOT);
        int days = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : NUMBERS.get(count);
        String direction = away.group(2).toLowerCase(Locale.ROOT);
        return direction.equals("earlier") || direction.equals("before") ? -days : days;
    }
}
