package io.factline.temporal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a story was filed, when its dateline says so: "BRUSSELS, December 2 (Xinhua) --" on a story published on
 * 3 December. A wire story is written on the day of its dateline and its "today", "Friday" or "on Thursday" count from
 * that day; the publication date is often the next day (the agency's time zone, the paper's edition). Only a dateline
 * opening the text and one to three days before the publication date is taken; otherwise the publication date stands.
 */
final class Dateline {

    /** A place in capitals (a state or country after it may be in any case), a month and a day, then the agency or a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\s*[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?,\\s+((?i:"
            + Lexicon.MONTH + "))\\.?\\s+(\\d{1,2})(?:,\\s+\\d{4})?\\s*(?:\\(|--|—|_)");
    private static final int MAX_DAYS_BEFORE = 3;

    private Dateline() {
    }

    /** The dateline's day if the text opens with one shortly before {@code published}, else {@code published}. */
    static LocalDate filed(String text, LocalDate published) {
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            return published;
        }
        LocalDate day;
        try {
            day = LocalDate.of(published.getYear(), Lexicon.month(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return published;
        }
        if (day.isAfter(published)) {
            day = day.minusYears(1);
        }
        long before = ChronoUnit.DAYS.between(day, published);
        return before > 0 && before <= MAX_DAYS_BEFORE ? day : published;
    }
}
