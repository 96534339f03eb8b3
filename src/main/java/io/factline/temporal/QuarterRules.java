package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves of a (fiscal) year, as business news writes them: "the third quarter", "third-quarter",
 * "the fourth quarter of 2025", "Q3 2025", "H2 2025", "the first half", "the July-September quarter", the quarter just reported, "the latest quarter",
 * and the same period a year before, "the corresponding period last year".
 * A quarter without a year is in the reference year, or the year before when a past-tense clause names a quarter
 * that has not started yet.
 */
final class QuarterRules implements RuleFamily {

    private static final Map<String, Integer> QUARTER_ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "final", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    private static final String ORDINAL = Lexicon.alt(QUARTER_ORDINALS.keySet());
    private static final String FISCAL = "(?:(?:fiscal|calendar)[- ]+)?";
    private static final String YEAR_SUFFIX = "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(" + YEAR + "))?";
    /** "The fourth quarter of this year", "the first half of next year". */
    private static final String RELATIVE_YEAR_SUFFIX = "(?:\\s+of\\s+(this|next|last)\\s+(?:fiscal\\s+)?year)?";

    /** "The last half of the '80s", "the first half of the century": half of a decade or century, not of a year. */
    private static final Pattern HALF_OF_LONGER_PERIOD = Lexicon.compile(
            "\\s+of\\s+(?:the|this|last|next)\\s+(?:['’]?\\d0s|\\d{3}0s|decade|century|\\w+\\s+century)" + E);

    /** Figures a company reports after a period: "fourth-quarter earnings", "second-half sales". */
    private static final Pattern RESULTS_AFTER = Lexicon.compile("\\s+(?:(?:net|operating|pretax|pre-tax)\\s+)?"
            + "(?:results|earnings|profits?|loss(?:es)?|net|income|revenues?|sales|figures|numbers|report)" + E);
    /** How long after a period ends its results are still the news: about a quarter. */
    private static final int RESULTS_SEASON_DAYS = 100;

    private static final Triggers TRIGGERS = Triggers.digits().words("quarter", "qtr", "half", "period").build();

    /** The month a quarter ended in, right after "the quarter": "ended July 31", ", ending Oct. 31". */
    private static final Pattern ENDED_IN = Lexicon.compile(",?\\s+(?:that\\s+|which\\s+)?(?:ended|ending)\\s+("
            + Lexicon.MONTH + ")" + E);

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("ordinal-quarter", B + "(?:the\\s+)?(?:(" + YEAR + ")(?:'s)?\\s+|(this|last|next)\\s+year's\\s+"
                        + "|(year[- ](?:ago|earlier))\\s+)?" + FISCAL + "(" + ORDINAL + ")[- ]+" + FISCAL
                        + "(?:quarter|qtr\\.?)" + YEAR_SUFFIX + RELATIVE_YEAR_SUFFIX + E, QuarterRules::ordinalQuarter),
                Rule.of("q-quarter", B + "(?-i:([QH])([1-4]))(?:\\s+|[- ]?)(" + YEAR + ")?" + E, QuarterRules::shortQuarter),
                Rule.of("half", B + "(?:the\\s+)?(?:(" + YEAR + ")(?:'s)?\\s+)?(first|second|1st|2nd|last|latter)[- ]+half"
                        + YEAR_SUFFIX + RELATIVE_YEAR_SUFFIX + E, QuarterRules::half),
                Rule.of("month-range-period", B + "(?:the\\s+)?(?:(" + YEAR + ")\\s+)?(" + Lexicon.MONTH + ")\\s*[-–/]\\s*("
                        + Lexicon.MONTH + ")\\s+(?:fiscal\\s+)?(?:quarter|period|half)" + YEAR_SUFFIX + E,
                        QuarterRules::monthRangePeriod),
                Rule.of("two-quarters", B + "(?:the\\s+)?(first|last|final|second)\\s+two\\s+quarters(?:\\s+of\\s+("
                        + YEAR + "))?" + E, QuarterRules::twoQuarters),
                Rule.of("reported-quarter", B + "the\\s+(latest|most\\s+recent|recent|current|past|previous|prior|"
                        + "year-earlier|year-ago|same|comparable|fiscal|just-ended|just\\s+ended)?\\s*(?:fiscal\\s+)?"
                        + "quarter" + E + "(?!\\s+of\\b|-)", QuarterRules::reportedQuarter),
                Rule.of("reported-period", B + "the\\s+(latest|same|comparable|year-earlier|year-ago|recent|just-ended|"
                        + YEAR + ")\\s+(?:fiscal\\s+)?(?:period|quarter)" + E, QuarterRules::reportedPeriod),
                Rule.of("period-last-year", B + "(?:(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:quarter|period)"
                        + "\\s+(?:(?:of|in)\\s+)?(?:(?:the\\s+)?(?:last|previous|prior|preceding)\\s+year"
                        + "|a\\s+year\\s+(?:earlier|ago|before))|last\\s+year's\\s+(?:quarter|period))" + E,
                        QuarterRules::periodLastYear));
    }

    private static Normalized ordinalQuarter(MatchResult m, ResolutionContext context) {
        int quarter = QUARTER_ORDINALS.get(m.group(4).toLowerCase(Locale.ROOT));
        String year = m.group(1) != null ? m.group(1) : m.group(5);
        if (year != null) {
            return Normalized.date(CalendarPoint.quarter(Lexicon.year(year), quarter));
        }
        int referenceYear = context.reference.getYear();
        String relativeYear = m.group(2) != null ? m.group(2) : m.group(6);
        if (relativeYear != null) {
            String relative = relativeYear.toLowerCase(Locale.ROOT);
            int offset = relative.equals("last") ? -1 : relative.equals("next") ? 1 : 0;
            return Normalized.date(CalendarPoint.quarter(referenceYear + offset, quarter));
        }
        CalendarPoint point = inReferenceYear(CalendarPoint.quarter(referenceYear, quarter), context);
        return m.group(3) != null ? Normalized.date(point.plus(-4)).comparison() : Normalized.date(point);
    }

    private static Normalized shortQuarter(MatchResult m, ResolutionContext context) {
        int number = Integer.parseInt(m.group(2));
        boolean half = m.group(1).equals("H");
        if (half && number > 2) {
            return null;
        }
        int year = m.group(3) != null ? Lexicon.year(m.group(3)) : context.reference.getYear();
        CalendarPoint point = half ? CalendarPoint.half(year, number) : CalendarPoint.quarter(year, number);
        return Normalized.date(m.group(3) != null ? point : inReferenceYear(point, context));
    }

    private static Normalized half(MatchResult m, ResolutionContext context) {
        String which = m.group(2).toLowerCase(Locale.ROOT);
        int half = which.equals("first") || which.equals("1st") ? 1 : 2;
        String year = m.group(1) != null ? m.group(1) : m.group(3);
        if (year != null) {
            return Normalized.date(CalendarPoint.half(Lexicon.year(year), half));
        }
        if (HALF_OF_LONGER_PERIOD.matcher(context.after(24)).lookingAt()) {
            return null;
        }
        if (m.group(4) != null) {
            String relative = m.group(4).toLowerCase(Locale.ROOT);
            int offset = relative.equals("last") ? -1 : relative.equals("next") ? 1 : 0;
            return Normalized.date(CalendarPoint.half(context.reference.getYear() + offset, half));
        }
        return Normalized.date(inReferenceYear(CalendarPoint.half(context.reference.getYear(), half), context));
    }

    /**
     * "The July-September quarter", "the October-December period", "the January-June half": three months are the
     * calendar quarter of the middle one (as for "the quarter ended July 31"), January to June and July to December a
     * half, placed in the year as "the second quarter" is. Other spans are left to their two months.
     */
    private static Normalized monthRangePeriod(MatchResult m, ResolutionContext context) {
        int first = Lexicon.month(m.group(2));
        int last = Lexicon.month(m.group(3));
        int months = Math.floorMod(last - first, 12) + 1;
        String year = m.group(1) != null ? m.group(1) : m.group(4);
        IntFunction<CalendarPoint> inYear;
        if (months == 3) {
            int quarter = (first % 12) / 3 + 1;
            inYear = y -> CalendarPoint.quarter(y, quarter);
        } else if (months == 6 && (first == 1 || first == 7)) {
            inYear = y -> CalendarPoint.half(y, first == 1 ? 1 : 2);
        } else {
            return null;
        }
        return Normalized.date(year != null ? inYear.apply(Lexicon.year(year))
                : inReferenceYear(inYear.apply(context.reference.getYear()), context));
    }

    /** "The first two quarters of 1990" is its first half (1990-H1), "the last two quarters" the second. */
    private static Normalized twoQuarters(MatchResult m, ResolutionContext context) {
        int half = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
        if (m.group(2) != null) {
            return Normalized.date(CalendarPoint.half(Lexicon.year(m.group(2)), half));
        }
        return Normalized.date(inReferenceYear(CalendarPoint.half(context.reference.getYear(), half), context));
    }

    /** "The quarter" in a results story is the last completed one; "the current quarter" the running one. */
    private static Normalized reportedQuarter(MatchResult m, ResolutionContext context) {
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        CalendarPoint current = CalendarPoint.containing(Granularity.QUARTER, context.reference);
        CalendarPoint last = context.lastQuarter();
        Matcher ended = ENDED_IN.matcher(context.after(24));
        if (qualifier.isEmpty() && ended.lookingAt() && ExplicitDateRules.plausibleMonthWord(ended.group(1))) {
            return Normalized.date(quarterEndedIn(Lexicon.month(ended.group(1)), context.reference));
        }
        return switch (qualifier) {
            case "current" -> Normalized.date(current);
            case "year-earlier", "year-ago" -> Normalized.date(
                    (last != null && last.granularity() == Granularity.QUARTER ? last : current.plus(-1)).plus(-4))
                    .comparison();
            case "previous", "prior" -> Normalized.date(
                    last != null && last.granularity() == Granularity.QUARTER ? last.plus(-1) : current.plus(-2))
                    .comparison();
            case "same", "comparable" -> last != null && last.granularity() == Granularity.QUARTER
                    ? Normalized.date(last) : Normalized.date(current.plus(-1));
            case "latest", "most recent", "recent", "past", "just-ended", "just ended" -> Normalized.date(
                    last != null && last.granularity() == Granularity.QUARTER && last.end().isBefore(context.reference)
                            ? last : current.plus(-1));
            default -> Normalized.date(last != null && last.granularity() == Granularity.QUARTER
                    && !last.start().isAfter(context.reference) ? last : current.plus(-1));
        };
    }

    /**
     * "The quarter ended July 31" (a fiscal quarter, May to July): the calendar quarter holding most of its three
     * months, i.e. the one of its middle month, in the latest such quarter ended by the reference date.
     */
    static CalendarPoint quarterEndedIn(int endMonth, LocalDate reference) {
        LocalDate end = LocalDate.of(reference.getYear(), endMonth, 1);
        if (end.isAfter(reference)) {
            end = end.minusYears(1);
        }
        return CalendarPoint.containing(Granularity.QUARTER, end.minusMonths(1));
    }

    /**
     * "The latest period", "the year-earlier period", "the 1988 period": in a results story the period is the one
     * reported on, which the story named before (a quarter, half or month).
     */
    private static Normalized reportedPeriod(MatchResult m, ResolutionContext context) {
        CalendarPoint last = context.lastQuarter();
        if (last == null) {
            last = CalendarPoint.containing(Granularity.QUARTER, context.reference).plus(-1);
        }
        String qualifier = m.group(1).toLowerCase(Locale.ROOT);
        boolean named = Character.isDigit(qualifier.charAt(0)) || Lexicon.matches(qualifier, Lexicon.SPELLED_YEAR);
        if ((named || qualifier.startsWith("year-")) && YearToDateSpan.namedBefore(context)) {
            CalendarPoint year = named ? CalendarPoint.year(Lexicon.year(qualifier)) : YearToDateSpan.yearBefore(context);
            return year.year() == context.reference.getYear() ? Normalized.date(year) : Normalized.date(year).comparison();
        }
        if (named) {
            int years = Lexicon.year(qualifier) - last.year();
            Normalized period = Normalized.date(CalendarPoint.containing(last.granularity(), last.start().plusYears(years)));
            return years == 0 ? period : period.comparison();
        }
        if (qualifier.startsWith("year-")) {
            return Normalized.date(CalendarPoint.containing(last.granularity(), last.start().minusYears(1))).comparison();
        }
        return Normalized.date(last);
    }

    /**
     * "The corresponding period last year", "last year's quarter", "the same period of the previous year", "the same
     * quarter a year earlier": the reported period, a year before, as one expression (the comparison names one period;
     * "the previous year" or "a year earlier" alone would be a second, wrong one).
     */
    private static Normalized periodLastYear(MatchResult m, ResolutionContext context) {
        CalendarPoint last = context.lastQuarter();
        if (last == null) {
            last = CalendarPoint.containing(Granularity.QUARTER, context.reference).plus(-1);
        }
        return Normalized.date(CalendarPoint.containing(last.granularity(), last.start().minusYears(1))).comparison();
    }

    /**
     * A quarter or half not yet begun in the reference year is last year's in a past-tense clause, and also when
     * the story speaks of its results while last year's one has just ended: in January "will report fourth-quarter
     * earnings" or "second-half sales rose" are about the period that closed in December, since results come out
     * after a period ends.
     */
    private static CalendarPoint inReferenceYear(CalendarPoint point, ResolutionContext context) {
        if (!point.start().isAfter(context.reference)) {
            return point;
        }
        CalendarPoint previous = point.plus(point.granularity() == Granularity.QUARTER ? -4 : -2);
        if (RESULTS_AFTER.matcher(context.after(24)).lookingAt()
                && !previous.end().isBefore(context.reference.minusDays(RESULTS_SEASON_DAYS))) {
            return previous;
        }
        return context.tense() == Tense.PAST ? previous : point;
    }
}
