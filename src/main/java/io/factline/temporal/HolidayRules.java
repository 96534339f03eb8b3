package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.YEAR;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named holidays ("Christmas", "New Year's Eve", "Thanksgiving", "Easter", "the Fourth of July", "Black Friday"), optionally with "last", "next", "this"
 * or a year; "Easter week" is the (ISO) week of the holiday. Without those, the holiday is placed by the tense of its clause like a month or a day.
 */
final class HolidayRules implements RuleFamily {

    /** Each holiday name as written with a straight, a curly or no apostrophe. */
    private static final Map<String, String> SPELLINGS = spellings();
    private static final String HOLIDAY = Lexicon.alt(SPELLINGS.keySet());

    /** "On the Fourth of July next year": the year named right after the holiday, its own expression, dates it. */
    private static final Pattern YEAR_AFTER = Lexicon.compile("\\s+(next|last|this)\\s+year" + E);

    private static final Triggers TRIGGERS = Triggers.words(Holidays.DAYS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("holiday", B + "(?:(last|this|next)\\s+)?(" + HOLIDAY + ")(?:,?\\s+(" + YEAR + "))?(\\s+week)?" + E
                + "(?!\\s+(?:tree|card|carol|shopping|party|present|gift|island|rebellion|rising|offensive)s?\\b)",
                HolidayRules::holiday));
    }

    private static Map<String, String> spellings() {
        Map<String, String> spellings = new HashMap<>();
        for (String name : Holidays.DAYS.keySet()) {
            spellings.put(name, name);
            spellings.put(name.replace('\'', '’'), name);
            spellings.put(name.replace("'", ""), name);
        }
        return Map.copyOf(spellings);
    }

    private static Normalized holiday(MatchResult m, ResolutionContext context) {
        String written = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        IntFunction<LocalDate> day = Holidays.DAYS.get(SPELLINGS.get(written));
        if (day == null || !Character.isUpperCase(m.group(2).charAt(written.startsWith("the ") ? 4 : 0))) {
            return null;
        }
        Normalized date = date(m, context, day);
        return m.group(4) == null ? date : Normalized.date(CalendarPoint.week(date.point().start()));
    }

    private static Normalized date(MatchResult m, ResolutionContext context, IntFunction<LocalDate> inYear) {
        if (m.group(3) != null) {
            return Normalized.date(CalendarPoint.day(inYear.apply(Lexicon.year(m.group(3)))));
        }
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate reference = context.reference;
        Matcher yearAfter = YEAR_AFTER.matcher(context.after(16));
        if (qualifier.isEmpty() && yearAfter.lookingAt()) {
            int offset = yearAfter.group(1).equalsIgnoreCase("next") ? 1 : yearAfter.group(1).equalsIgnoreCase("last") ? -1 : 0;
            return Normalized.date(CalendarPoint.day(inYear.apply(reference.getYear() + offset)));
        }
        LocalDate thisYear = inYear.apply(reference.getYear());
        return Normalized.date(CalendarPoint.day(switch (qualifier) {
            case "last" -> thisYear.isBefore(reference) ? thisYear : inYear.apply(reference.getYear() - 1);
            case "next" -> thisYear.isAfter(reference) ? thisYear : inYear.apply(reference.getYear() + 1);
            case "this" -> thisYear;
            default -> context.placeInYear(year -> CalendarPoint.day(inYear.apply(year))).start();
        }));
    }
}
