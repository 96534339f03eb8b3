package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.MONTH;
import static io.factline.temporal.Lexicon.NUMBER;
import static io.factline.temporal.Lexicon.SEASON;
import static io.factline.temporal.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recurrences (TIMEX3 SET): "every week" (P1W), "each year" (P1Y), "every other month" (P2M), "daily" (P1D),
 * "every Monday" and "on Mondays" (XXXX-WXX-1), "on weekends" (XXXX-WXX-WE), "Tuesday nights" (XXXX-WXX-2TNI), "each July" (XXXX-07),
 * "per year" (P1Y), "twice a year" (P1Y).
 */
final class SetRules implements RuleFamily {

    private static final Map<String, String> FREQUENCY_ADVERBS = Map.of(
            "daily", "P1D", "weekly", "P1W", "monthly", "P1M", "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H",
            "nightly", "P1D", "biweekly", "P2W", "semiannually", "P6M", "fortnightly", "P2W");
    private static final Map<String, String> WEEKDAY_PLURALS = Map.of(
            "mondays", "1", "tuesdays", "2", "wednesdays", "3", "thursdays", "4", "fridays", "5", "saturdays", "6",
            "sundays", "7", "weekends", "WE");

    /**
     * "The average daily volume", "grew 6% annually": after "average" or a percentage the adverb measures a rate, which
     * TimeML leaves unannotated, rather than naming a recurrence.
     */
    private static final Pattern RATE_BEFORE = Lexicon.compile(
            "(?:\\baverage|%|\\bper\\s?cent)\\s*$");

    private static final Triggers TRIGGERS = Triggers.words("every", "each", "per", "once", "twice", "thrice", "times").words(FREQUENCY_ADVERBS.keySet()).words(WEEKDAY_PLURALS.keySet()).words(Lexicon.WEEKDAYS.keySet()).build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("every-unit", B + "(?:every|each|per)\\s+(?:(other)\\s+|(" + NUMBER + ")\\s+)?"
                        + "(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|"
                        + "morning|afternoon|evening)s?" + E, SetRules::everyUnit),
                Rule.of("frequency", B + "(?:once|twice|thrice|(?:" + NUMBER + "|several|many|multiple|a\\s+few|a\\s+couple\\s+of)"
                        + "\\s+times)\\s+(?:a|an|per|each|every)\\s+(second|minute|hour|day|night|week|month|quarter|year|decade)"
                        + E, SetRules::frequency),
                Rule.of("every-named", B + "(?:every|each)\\s+(" + WEEKDAY + "|" + MONTH + "|" + SEASON + ")" + E,
                        SetRules::everyNamed),
                Rule.of("frequency-adverb", B + "(" + Lexicon.alt(FREQUENCY_ADVERBS.keySet()) + ")" + E,
                        SetRules::adverb),
                Rule.of("weekday-plural", B + "(?:(" + WEEKDAY + ")\\s+(mornings|afternoons|evenings|nights)|("
                        + Lexicon.alt(WEEKDAY_PLURALS.keySet()) + "))" + E, SetRules::weekdayPlural));
    }

    private static Normalized everyUnit(MatchResult m, ResolutionContext context) {
        if (m.group().regionMatches(true, 0, "per", 0, 3) && Rates.afterAmount(context)) {
            return null; // "15 million instructions per second": a rate
        }
        String unitWord = m.group(3).toLowerCase(Locale.ROOT);
        if (Lexicon.PARTS_OF_DAY.containsKey(unitWord)) {
            return Normalized.set("XXXX-XX-XXT" + Lexicon.PARTS_OF_DAY.get(unitWord));
        }
        long count = m.group(1) != null ? 2 : 1;
        if (m.group(2) != null) {
            Integer written = Lexicon.number(m.group(2));
            if (written == null) {
                return null;
            }
            count = written;
        }
        return Normalized.set(DurationRules.value(count, Lexicon.unit(unitWord)));
    }

    /** "Twice a year", "three times a week": how often within the unit; TimeML's SET of that unit (its freq aside). */
    private static Normalized frequency(MatchResult m, ResolutionContext context) {
        return Normalized.set(DurationRules.value(1, Lexicon.unit(m.group(1))));
    }

    private static Normalized everyNamed(MatchResult m, ResolutionContext context) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (Lexicon.WEEKDAYS.containsKey(word)) {
            return Normalized.set("XXXX-WXX-" + Lexicon.WEEKDAYS.get(word));
        }
        if (Lexicon.SEASONS.containsKey(word)) {
            return Normalized.set("XXXX-" + CalendarPoint.season(2000, Lexicon.SEASONS.get(word)).timexValue().substring(5));
        }
        return Normalized.set("XXXX-%02d".formatted(Lexicon.month(word)));
    }

    private static Normalized adverb(MatchResult m, ResolutionContext context) {
        String word = m.group(1);
        if (Character.isUpperCase(word.charAt(0)) && !context.before(2).matches("(?s).*[.!?\"“]\\s*$|^$|(?s).*\\n\\s*$")) {
            return null;
        }
        if (RATE_BEFORE.matcher(context.before(12)).find() || Rates.afterAmount(context)) {
            return null;
        }
        return Normalized.set(FREQUENCY_ADVERBS.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Normalized weekdayPlural(MatchResult m, ResolutionContext context) {
        if (m.group(3) != null) {
            return Normalized.set("XXXX-WXX-" + WEEKDAY_PLURALS.get(m.group(3).toLowerCase(Locale.ROOT)));
        }
        String part = Lexicon.PARTS_OF_DAY.get(m.group(2).toLowerCase(Locale.ROOT));
        return Normalized.set("XXXX-WXX-" + Lexicon.weekday(m.group(1)) + "T" + part);
    }
}
