package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.DAY_NUMBER;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.MONTH;
import static io.factline.temporal.Lexicon.WEEKDAY;
import static io.factline.temporal.Lexicon.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out: ISO ({@code 2026-01-22}; with a clock time, {@code 2026-01-22T14:30:00Z}, a TIME), numeric
 * ({@code 1/22/2026}, US order; {@code 22/01/2026} where only the day-first reading is a date; {@code 22.01.2026}, day first
 * as written wherever dots separate the parts), month-day ({@code Jan. 22},
 * {@code January 22nd, 2026}), day-month ({@code 22 January 2026}, {@code the 22nd of January}) and month-year
 * ({@code August 2025}). A day without a year is placed by the tense of its clause.
 */
final class ExplicitDateRules implements RuleFamily {

    private static final String OPTIONAL_WEEKDAY = "(?:" + WEEKDAY + ",?\\s+)?";

    /** The month of the first day of a coordinated pair, at the end of the text before its second day. */
    private static final Pattern PAIR_START = Lexicon.compile(B + "(" + MONTH + ")\\s{0,2}" + DAY_NUMBER
            + ",?\\s{0,3}(?:and|or|to|through|-)\\s{0,3}$");

    /** The second day of a pair that carries the year of both: ", 5, 2025" after "May 3". */
    private static final Pattern PAIR_END = Lexicon.compile(",?\\s{0,3}(?:and|or|to|through|-)\\s{0,3}" + DAY_NUMBER
            + ",?\\s*(" + YEAR + ")" + E);

    private static final List<String> ORDINAL_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    /** A day written as an ordinal word, as broadcast transcripts write it: "March eighth", "June twenty-first". */
    private static final String SPELLED_DAY = "(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth)|thirtieth|" + Lexicon.alt(ORDINAL_DAYS) + ")";

    private static final Triggers TRIGGERS = Triggers.digits().words(Lexicon.MONTHS.keySet())
            .words("nineteen", "eighteen", "thousand").build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("iso-date", B + "(\\d{4})-(\\d{2})-(\\d{2})" + E, ExplicitDateRules::iso),
                Rule.of("iso-date-time", B + "(\\d{4})-(\\d{2})-(\\d{2})[T ]([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d)(?:\\.\\d{1,9})?)?"
                        + "(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?" + E, ExplicitDateRules::isoDateTime),
                Rule.of("numeric-us-date", B + "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + E, ExplicitDateRules::numeric),
                Rule.of("numeric-dotted-date", B + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + E + "(?!\\.\\d)",
                        (m, context) -> day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))),
                Rule.of("month-day", B + OPTIONAL_WEEKDAY + "(" + MONTH + ")\\s*(" + DAY_NUMBER + ")"
                        + "(?:,?\\s*(" + YEAR + "))?" + E, ExplicitDateRules::monthDay),
                Rule.of("month-spelled-day", B + OPTIONAL_WEEKDAY + "(" + MONTH + ")\\s+(?:the\\s+)?(" + SPELLED_DAY + ")"
                        + "(?:,?\\s*(" + YEAR + "))?" + E, ExplicitDateRules::monthSpelledDay),
                Rule.of("day-month", B + OPTIONAL_WEEKDAY + "(?:the\\s+)?(" + DAY_NUMBER + ")(?:\\s+of)?\\s+("
                        + MONTH + ")(?:,?\\s*(" + YEAR + "))?" + E, ExplicitDateRules::dayMonth),
                Rule.of("week-of", B + "(?:the\\s+)?week(end)?\\s+of\\s+(" + MONTH + ")\\s*(" + DAY_NUMBER + ")"
                        + "(?:\\s*(?:-|to|and)\\s*" + DAY_NUMBER + ")?(?:,?\\s*(" + YEAR + "))?" + E, ExplicitDateRules::weekOf),
                Rule.of("month-year", B + "(" + MONTH + ")(?:\\s+of)?,?\\s+(" + YEAR + ")" + E,
                        ExplicitDateRules::monthYear),
                Rule.of("month-of-that-year", B + "(" + MONTH + ")(?:\\s*(" + DAY_NUMBER + "))?,?\\s+(?:of|in)\\s+"
                        + "(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+prior)\\s+year" + E,
                        ExplicitDateRules::monthOfThatYear),
                Rule.of("coordinated-day", "(?<=" + B + MONTH + "\\s{0,2}" + DAY_NUMBER
                        + ",?\\s{0,3}(?:and|or|to|through|-)\\s{0,3})(" + DAY_NUMBER + ")(?:,?\\s*(" + YEAR + "))?" + E
                        + "(?!\\s*(?:" + MONTH + ")" + E + ")", ExplicitDateRules::coordinatedDay));
    }

    private static Normalized iso(MatchResult m, ResolutionContext context) {
        return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * A timestamp as feeds and filings print it: the day and the clock time it names (TIME). The value leaves the
     * offset out, as the value of "3 p.m. EST" does; seconds stay when written.
     */
    private static Normalized isoDateTime(MatchResult m, ResolutionContext context) {
        Normalized day = iso(m, context);
        if (day == null) {
            return null;
        }
        String clock = m.group(4) + ":" + m.group(5) + (m.group(6) == null ? "" : ":" + m.group(6));
        return Normalized.time(day.point(), clock);
    }

    /**
     * "1/22/2026" is month first, as US outlets write it; "22/01/2026", which has no thirteenth month, is day first,
     * as British, European and most other outlets write it. Where both orders give a date ("03/04/2026") the US order
     * is kept.
     */
    private static Normalized numeric(MatchResult m, ResolutionContext context) {
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            int century = context.reference.getYear() / 100 * 100;
            year = century + year > context.reference.getYear() + 1 ? century - 100 + year : century + year;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return first > 12 ? day(year, second, first) : day(year, first, second);
    }

    private static Normalized monthDay(MatchResult m, ResolutionContext context) {
        String year = m.group(3);
        if (year == null) {
            Matcher pairEnd = PAIR_END.matcher(context.after(24));
            year = pairEnd.lookingAt() ? pairEnd.group(1) : null;
        }
        return dayOf(m.group(1), m.group(2), year, context);
    }

    private static Normalized monthSpelledDay(MatchResult m, ResolutionContext context) {
        String[] parts = m.group(2).toLowerCase(java.util.Locale.ROOT).split("[- ]");
        int day = ORDINAL_DAYS.indexOf(parts[parts.length - 1]) + 1;
        if (parts.length == 2) {
            day += parts[0].equals("twenty") ? 20 : 30;
        } else if (parts[0].equals("thirtieth")) {
            day = 30;
        }
        return dayOf(m.group(1), Integer.toString(day), m.group(3), context);
    }

    private static Normalized dayMonth(MatchResult m, ResolutionContext context) {
        return dayOf(m.group(2), m.group(1), m.group(3), context);
    }

    /** "The week of March 9", "the weekend of Feb. 7-8": the (ISO) week or the weekend holding that day. */
    private static Normalized weekOf(MatchResult m, ResolutionContext context) {
        Normalized day = dayOf(m.group(2), m.group(3), m.group(4), context);
        if (day == null) {
            return null;
        }
        LocalDate start = day.point().start();
        return Normalized.date(m.group(1) != null ? CalendarPoint.weekend(start) : CalendarPoint.week(start));
    }

    private static Normalized monthYear(MatchResult m, ResolutionContext context) {
        if (!plausibleMonthWord(m.group(1))) {
            return null;
        }
        return Normalized.date(CalendarPoint.month(Lexicon.year(m.group(2)), Lexicon.month(m.group(1))));
    }

    /**
     * "In October of that year", "March 3 of the following year": a month (or day) in the year of the date the story
     * named last, or the one after or before it. With no date named before, it is placed like a month without a year.
     */
    private static Normalized monthOfThatYear(MatchResult m, ResolutionContext context) {
        if (!plausibleMonthWord(m.group(1))) {
            return null;
        }
        int month = Lexicon.month(m.group(1));
        CalendarPoint last = context.lastPoint();
        if (last == null) {
            return m.group(2) == null ? Normalized.date(context.placeInYear(year -> CalendarPoint.month(year, month)))
                    : dayOf(m.group(1), m.group(2), null, context);
        }
        String which = m.group(3).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        int offset = switch (which) {
            case "the following", "the next" -> 1;
            case "the previous", "the prior" -> -1;
            default -> 0;
        };
        int year = last.start().getYear() + offset;
        if (m.group(2) == null) {
            return Normalized.date(CalendarPoint.month(year, month));
        }
        return day(year, month, Lexicon.dayNumber(m.group(2)));
    }

    /**
     * "April 24 and 25", "May 3 or 4": the second day of a coordinated pair shares the month (and year) of the day
     * just before it, which was resolved first. A year after the pair ("June 4 and 5, 2025") dates both.
     */
    private static Normalized coordinatedDay(MatchResult m, ResolutionContext context) {
        Matcher pair = PAIR_START.matcher(context.before(30));
        if (!pair.find() || !plausibleMonthWord(pair.group(1))) {
            return null;
        }
        int month = Lexicon.month(pair.group(1));
        CalendarPoint first = context.lastPoint();
        if (m.group(2) == null && first != null && first.granularity() == Granularity.DAY
                && first.start().getMonthValue() == month) {
            return day(first.start().getYear(), month, Lexicon.dayNumber(m.group(1)));
        }
        return dayOf(pair.group(1), m.group(1), m.group(2), context);
    }

    private static Normalized dayOf(String monthWord, String dayWord, String yearWord, ResolutionContext context) {
        if (!plausibleMonthWord(monthWord)) {
            return null;
        }
        int month = Lexicon.month(monthWord);
        int dayOfMonth = Lexicon.dayNumber(dayWord);
        if (yearWord != null) {
            return day(Lexicon.year(yearWord), month, dayOfMonth);
        }
        if (dayOfMonth > LocalDate.of(2000, month, 1).lengthOfMonth()) {
            return null;
        }
        return Normalized.date(context.placeInYear(year -> CalendarPoint.day(safeDate(year, month, dayOfMonth))));
    }

    /** "may" and "march" are also a verb; as months they are written with a capital. */
    static boolean plausibleMonthWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !(lower.equals("may") || lower.equals("march")) || Character.isUpperCase(word.charAt(0));
    }

    private static LocalDate safeDate(int year, int month, int dayOfMonth) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
    }

    private static Normalized day(int year, int month, int dayOfMonth) {
        try {
            return Normalized.date(CalendarPoint.day(LocalDate.of(year, month, dayOfMonth)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
