package io.factline.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date printed on a product is no event's date: "cheeses with best-before dates up to June 30",
 * "packs with a use-by date of 12 May", "tins with expiry dates between March and May" say which
 * goods a recall covers, not that anything happens on that day (session 13, s13-scena). Such a date
 * follows the label's name, with at most a short link ("up to", "of", "between", "until").
 */
final class LabelDate {

    private static final Pattern LABEL = Pattern.compile(
            "(best[- ]before|use[- ]by|sell[- ]by|display[- ]until|expiry|expiration)(\\s+dates?)?"
                    + "(\\s+(up to|until|till|of|from|between|before|through|to|ending|on|in))?\\s*$");
    /** How much text before the date is read. */
    private static final int REACH = 40;

    private LabelDate() {
    }

    /** Whether the time expression starting at {@code begin} of the sentence is a date on a label. */
    static boolean of(String sentence, int begin) {
        String before = sentence.substring(Math.max(0, begin - REACH), begin).toLowerCase(Locale.ROOT);
        return LABEL.matcher(before).find();
    }
}
