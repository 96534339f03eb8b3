package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock time given only roughly ("shortly before 11 p.m. on Tuesday", "at around 6 a.m.", "just after
 * midnight") says the day, not the minute: "shortly before 11 p.m." is not 23:00. Such a time dates its
 * act by the day, so the report agrees with the other outlets' "late on Tuesday", and the event's date
 * is not an hour no source gave. A time given exactly ("at 6 a.m. on Thursday") keeps its hour.
 */
final class ApproximateClock {

    private static final Pattern ROUGHLY = Pattern.compile(
            "(?i)\\b(?:shortly|just|soon|some\\s+time|sometime|minutes|hours)\\s+(?:before|after)\\s*$"
                    + "|(?i)\\b(?:around|about|approximately|roughly|nearly|almost|towards?|by)\\s*$");

    private ApproximateClock() {
    }

    /** The date found, by its day when its time of day is given roughly; otherwise unchanged. */
    static FoundDate dayOf(String sentence, FoundDate found) {
        if (found.date() == null || found.date().precision() != Precision.TIME || found.begin() <= 0
                || found.begin() > sentence.length()) {
            return found;
        }
        String before = sentence.substring(Math.max(0, found.begin() - 30), found.begin());
        String within = found.text();
        if (!ROUGHLY.matcher(before).find() && !ROUGHLY.matcher(leading(within)).find()) {
            return found;
        }
        String day = found.date().value().substring(0, 10);
        return new FoundDate(found.text(), found.begin(), found.end(), EdtfDate.parse(day));
    }

    /** The words of the expression before its number ("shortly before" in "shortly before 11 p.m."). */
    private static String leading(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return "";
    }

    static List<FoundDate> daysOf(String sentence, List<FoundDate> found) {
        return found.stream().map(f -> dayOf(sentence, f)).toList();
    }
}
