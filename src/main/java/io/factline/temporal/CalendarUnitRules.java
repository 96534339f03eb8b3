package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.MONTH;
import static io.factline.temporal.Lexicon.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Named calendar units without a day: bare months ("in August"), years ("in 2014", "fiscal 1989"), decades
 * ("the 1990s", "the '80s") and centuries ("the 20th century"). A bare month is placed by tense like a day.
 */
final class CalendarUnitRules implements RuleFamily {

    private static final String DECADE_WORDS = "(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)";
    private static final List<String> DECADE_NAMES = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");

    /**
     * "Prices rose 0.3 percent in September from August": the month compared with is not the one the story is about,
     * so "a year earlier" after it still counts from September.
     */
    private static final Pattern COMPARED_FROM = Pattern.compile("\\bfrom\\s+$");
    private static final Pattern SPAN_AFTER = Pattern.compile("^\\s*(?:-|–|to\\b|through\\b|thru\\b|until\\b|till\\b|and\\b)");

    private static final Triggers TRIGGERS = Triggers.digits().words(Lexicon.MONTHS.keySet()).words(DECADE_NAMES).words("century", "nineteen", "eighteen", "thousand").build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("month", B + "(" + MONTH + ")" + E, CalendarUnitRules::month),
                Rule.of("relative-month", B + "(last|next|this|past|coming)\\s+(" + MONTH + ")(?:\\s*("
                        + Lexicon.DAY_NUMBER + "))?" + E,
                        CalendarUnitRules::relativeMonth),
                Rule.of("month-of-relative-year", B + "(" + MONTH + ")\\s+(?:of\\s+)?(this|last|next)\\s+year" + E,
                        CalendarUnitRules::monthOfRelativeYear),
                Rule.of("year", B + "(?:the\\s+year\\s+)?(" + YEAR + ")" + E, CalendarUnitRules::year),
                Rule.of("fiscal-year", B + "(?:(?:fiscal|financial|fy)(?:\\s+year)?[- ]?(" + YEAR + "|'\\d\\d)|(?-i:FY)[- ]?(\\d\\d))" + E,
                        CalendarUnitRules::fiscalYear),
                Rule.of("decade", B + "(?:the\\s+)?(?:(\\d\\d)|')?(\\d)0'?s" + E, CalendarUnitRules::decade),
                Rule.of("decade-word", B + "(?:the\\s+)?" + DECADE_WORDS + E, CalendarUnitRules::decadeWord),
                Rule.of("century", B + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[- ]century" + E,
                        CalendarUnitRules::century),
                Rule.of("century-word", B + "(?:the\\s+)?(" + Lexicon.alt(Lexicon.ORDINALS.keySet()) + ")[- ]century"
                        + E, CalendarUnitRules::centuryWord));
    }

    private static Normalized month(MatchResult m, ResolutionContext context) {
        String word = m.group(1);
        if (word.length() <= 4 && !word.endsWith(".") && !word.equalsIgnoreCase("june") && !word.equalsIgnoreCase("july")
                && !word.equalsIgnoreCase("may")) {
            return null;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        if (word.equals("May") && !maySignalsMonth(context) || namesAnEvent(context)) {
            return null;
        }
        int month = Lexicon.month(word);
        CalendarPoint placed = context.placeInYear(year -> CalendarPoint.month(year, month));
        if (COMPARED_FROM.matcher(context.before(6)).find() && !SPAN_AFTER.matcher(context.after(10)).find()) {
            return Normalized.date(placed).comparison();
        }
        return Normalized.date(placed);
    }

    /** "Last March" is the latest March before the publication month, "next March" the first one after it. */
    private static Normalized relativeMonth(MatchResult m, ResolutionContext context) {
        if (!Character.isUpperCase(m.group(2).charAt(0))) {
            return null;
        }
        int month = Lexicon.month(m.group(2));
        int year = context.reference.getYear();
        int current = context.reference.getMonthValue();
        CalendarPoint inMonth = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last", "past" -> CalendarPoint.month(month < current ? year : year - 1, month);
            case "next", "coming" -> CalendarPoint.month(month > current ? year : year + 1, month);
            default -> CalendarPoint.month(year, month);
        };
        if (m.group(3) == null) {
            return Normalized.date(inMonth);
        }
        int day = Math.min(Lexicon.dayNumber(m.group(3)), inMonth.end().getDayOfMonth());
        return Normalized.date(CalendarPoint.day(inMonth.start().withDayOfMonth(day)));
    }

    private static Normalized monthOfRelativeYear(MatchResult m, ResolutionContext context) {
        int offset = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Normalized.date(CalendarPoint.month(context.reference.getYear() + offset, Lexicon.month(m.group(1))));
    }

    /**
     * "The March for Life", "the annual March of the Living", 'the "March of the Mothers"': a month name used as the
     * name of a march.
     */
    private static boolean namesAnEvent(ResolutionContext context) {
        return Lexicon.matches(context.before(10).toLowerCase(Locale.ROOT),
                "(?s).*\\b(the|annual)\\s+(?:``|\"|“|')?$")
                && Lexicon.matches(context.after(8).toLowerCase(Locale.ROOT), "(?s)^\\s+(for|of)\\b.*");
    }

    /** Capitalised "May" at a sentence start is usually the modal; accept it after a preposition or determiner. */
    private static boolean maySignalsMonth(ResolutionContext context) {
        String before = context.before(12).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(in|since|until|till|by|of|early|late|mid|last|next|this|through|from|to|and|"
                + "during|before|after|on)[- ]$");
    }

    /** A time zone or "hours" after four digits: "1730 GMT", "2100 UTC", "1400 hrs" are clock times. */
    private static final Pattern CLOCK_ZONE_AFTER = Pattern.compile("^\\s*(?:GMT|UTC|hrs\\b|hours\\b|local\\s+time|"
            + "[ECMP][SD]T\\b|BST|CET|CEST)");

    private static Normalized year(MatchResult m, ResolutionContext context) {
        String before = context.before(3);
        String after = context.after(2);
        if (before.endsWith("$") || before.endsWith("#") || after.startsWith("%") || Lexicon.matches(after, "^[.,]\\d.*")
                || Lexicon.matches(before, ".*[\\d.,]$")) {
            return null;
        }
        if (!Character.isDigit(m.group(1).charAt(0)) && !spelledYearInContext(m, context)) {
            return null;
        }
        if (CLOCK_ZONE_AFTER.matcher(context.after(12)).find()) {
            return null; // "(1730 GMT)": a wire story's clock time in another zone, not the year 1730
        }
        return Normalized.date(CalendarPoint.year(Lexicon.year(m.group(1))));
    }

    /**
     * A spelled-out number is a year only where a year fits: not before a plural noun ("two thousand years",
     * "nineteen twenty-five people", though "the year two thousand has" is a year), and "two thousand" only after
     * "the year" or a preposition.
     */
    private static boolean spelledYearInContext(MatchResult m, ResolutionContext context) {
        if (context.after(20).matches("(?s)^\\s+(?!(?:has|was|is|does|seems|looks)\\b)[a-z]+s\\b.*")) {
            return false;
        }
        boolean twoThousand = m.group(1).toLowerCase(Locale.ROOT).startsWith("two");
        return !twoThousand || m.group().toLowerCase(Locale.ROOT).startsWith("the year")
                || context.before(8).toLowerCase(Locale.ROOT).matches("(?s).*\\b(in|since|by|until|of)\\s+$");
    }

    private static Normalized fiscalYear(MatchResult m, ResolutionContext context) {
        String written = m.group(1) != null ? m.group(1) : "'" + m.group(2); // "FY26", as companies write it
        int year = written.startsWith("'") ? twoDigitYear(Integer.parseInt(written.substring(1)), context)
                : Lexicon.year(written);
        return Normalized.date(CalendarPoint.year(year));
    }

    private static Normalized decade(MatchResult m, ResolutionContext context) {
        int decadeDigit = Integer.parseInt(m.group(2));
        int year;
        if (m.group(1) != null) {
            year = Integer.parseInt(m.group(1)) * 100 + decadeDigit * 10;
        } else {
            year = twoDigitYear(decadeDigit * 10, context);
        }
        if (m.group(1) == null && !m.group().contains("'") && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
            return null;
        }
        return Normalized.date(CalendarPoint.decade(year));
    }

    /** "The sixties" is a decade; "in his sixties" is an age. */
    private static Normalized decadeWord(MatchResult m, ResolutionContext context) {
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")
                && context.before(7).toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:his|her|their|my|your|our|its)\\s+$")) {
            return null;
        }
        int decade = (DECADE_NAMES.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2) * 10;
        return Normalized.date(CalendarPoint.decade(twoDigitYear(decade, context)));
    }

    private static Normalized century(MatchResult m, ResolutionContext context) {
        return Normalized.date(CalendarPoint.century((Integer.parseInt(m.group(1)) - 1) * 100));
    }

    private static Normalized centuryWord(MatchResult m, ResolutionContext context) {
        return Normalized.date(CalendarPoint.century((Lexicon.ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT)) - 1) * 100));
    }

    /** A two-digit year in the last hundred years up to one year after the reference ("'98", "the '80s"). */
    static int twoDigitYear(int twoDigits, ResolutionContext context) {
        int reference = context.reference.getYear();
        int candidate = reference / 100 * 100 + twoDigits;
        return candidate > reference + 1 ? candidate - 100 : candidate;
    }
}
