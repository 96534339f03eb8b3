package io.factline.extraction;

import io.factline.date.EdtfDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekday followed by the week it falls in ("on Wednesday last week", "on Friday of next week")
 * is that day of that week. The temporal engine reads the two as two expressions, the weekday
 * resolved on its own (the Wednesday just past, a week late) and the week; together they name one
 * day, so a meeting told as "on Wednesday last week" is dated to the Wednesday of the week before.
 */
final class WeekdayOfWeek {

    /** What may stand between the weekday and the week: a space, or "of". */
    private static final Pattern BETWEEN = Pattern.compile("\\s+(?:of\\s+)?");
    private static final long WEEK_DAYS = 7;

    private WeekdayOfWeek() {
    }

    /** The dates with each weekday directly followed by its week put together into the one day they name. */
    static List<FoundDate> join(String sentence, List<FoundDate> found) {
        List<FoundDate> joined = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FoundDate day = found.get(i);
            FoundDate week = i + 1 < found.size() ? found.get(i + 1) : null;
            DayOfWeek weekday = weekday(day.text());
            if (week != null && weekday != null && week.date().days() == WEEK_DAYS
                    && week.date().start().getDayOfWeek() == DayOfWeek.MONDAY
                    && BETWEEN.matcher(sentence.substring(day.end(), week.begin())).matches()) {
                LocalDate date = week.date().start().plusDays(weekday.getValue() - 1L);
                joined.add(new FoundDate(sentence.substring(day.begin(), week.end()), day.begin(), week.end(),
                        EdtfDate.parse(date.toString())));
                i++;
            } else {
                joined.add(day);
            }
        }
        return joined;
    }

    private static DayOfWeek weekday(String text) {
        try {
            return DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
