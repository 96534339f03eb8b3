package io.factline.temporal;

import static io.factline.temporal.Lexicon.B;
import static io.factline.temporal.Lexicon.E;
import static io.factline.temporal.Lexicon.NUMBER;
import static io.factline.temporal.Lexicon.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Lengths of time: "three years" (P3Y), "the past two months" (P2M), "a two-year contract" (P2Y), "24 hours" (PT24H),
 * "several weeks" (PXW), "for months" (PXM), "recent weeks" (PXW). A duration written after a frequency ("twice a
 * year") is a set, not a duration; a rate ("$5 million a year") is
 * neither ({@link Rates}). Ages ("a 44-year-old", "44 years old") are not durations in
 * TimeML and are left out, as are speeds ("120 kilometres an hour").
 */
final class DurationRules implements RuleFamily {

    private static final String VAGUE = Lexicon.alt(Lexicon.VAGUE_QUANTITIES.keySet());
    /**
     * Words before a count that belong to the expression. A bare "the" does, but not before a compound adjective
     * ("the 30-day deadline", "the three-week trial"), where it belongs to the noun: TimeML tags "30-day". A results
     * story's comparison ("the year-earlier nine months", "the comparable six months") is the same span a year before,
     * written like "the latest nine months": one expression, not "the year-earlier" plus a second "nine months".
     */
    private static final String SPAN_QUALIFIER = "(?:(?:the\\s+)?(?:past|next|coming|previous|following|additional)\\s+"
            + "|the\\s+(?:last|first|final|initial|remaining|latest|full|entire|whole|same|other|comparable"
            + "|corresponding|year-earlier|year-ago|prior-year|previous-year)\\s+"
            + "|the\\s+(?![^\\s-]+-(?:second|minute|hour|day|week|month|quarter|year|decade|century)\\b))?";

    /** "120 kilometres an hour", "30 knots an hour": a speed, not a length of time. */
    private static final Pattern SPEED_BEFORE = Pattern.compile("(?i)\\b(?:kilomet(?:re|er)s|km|miles|metres|meters"
            + "|feet|knots|mph)\\s+$");

    private static final Triggers TRIGGERS = Triggers.words("second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century", "centuries").words("while", "hourlong", "daylong", "nightlong", "weeklong", "monthlong", "yearlong").build();

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.of("counted-duration", B + SPAN_QUALIFIER + "(" + NUMBER + "|" + VAGUE + ")"
                        + "(?:\\s*(?:to|or|-|and)\\s*(" + NUMBER + "))?"
                        + "(?:\\s+(?:more|additional|straight|consecutive|full|long))?"
                        + "(?:\\s+(?:trading|business|working|calendar|school))?[\\s-]+(" + UNIT + ")"
                        + "(?:[\\s-]+long)?" + E + "(?!-old|\\s+old)", DurationRules::counted),
                Rule.of("duration-and-a-half", B + "(" + NUMBER + ")(?:\\s+and\\s+a\\s+half|\\s+1/2|½)[\\s-]+(" + UNIT + ")"
                        + E + "|" + B + "(" + NUMBER + ")[\\s-]+(" + UNIT + ")[\\s-]+and[\\s-]+a[\\s-]+half" + E,
                        DurationRules::andAHalf),
                Rule.of("half-a-unit", B + "(?:half\\s+an?\\s+|(?:an?\\s+)?half[- ])(century|decade|year|day|hour|minute)"
                        + E, DurationRules::halfAUnit),
                Rule.of("bare-plural-duration", "(?<=\\b(?:for|within|over|lasting|in|after|took|take|takes|spent|"
                        + "spend)\\s{1,3})(days|weeks|months|years|decades|hours|minutes)" + E
                        + "(?!\\s+(?:ago|earlier|later|before|after|old)\\b)(?!(?<=years|months|decades)\\s+of\\b)",
                        DurationRules::barePlural),
                Rule.of("the-days-before", "(?<=\\bthe\\s{1,3})(days|weeks|months|years)" + E
                        + "(?=\\s+(?:before|after|leading|following|since|preceding|that\\s+(?:followed|follow))\\b)",
                        DurationRules::barePlural),
                Rule.of("over-the-years", "(?<=\\bover\\s{1,3})the\\s+(weeks|months|years|decades)" + E
                        + "(?!\\s+(?:of|before|after|since|to|ahead|that|when)\\b)", DurationRules::barePluralAfterThe),
                Rule.of("a-while", "(?<=\\b(?:for|in)\\s{1,3}(?:quite\\s{1,3})?)a\\s+(?:long\\s+|little\\s+)?while" + E,
                        (m, context) -> Normalized.duration("PXX")), // a stretch of no stated unit
                Rule.of("the-days-ahead", B + "the\\s+(days|weeks|months|years)\\s+(?:ahead|to\\s+come)" + E,
                        DurationRules::barePlural),
                Rule.of("unit-long", B + "(hour|day|night|week|month|year|decade)(s)?-?long" + E,
                        DurationRules::unitLong),
                Rule.of("recent-plural", B + "(?:the\\s+)?(recent|coming|upcoming|ensuing|intervening)\\s+"
                        + "(days|weeks|months|years|decades)" + E, DurationRules::barePluralWithQualifier),
                Rule.of("past-plural", "(?<=\\b(?:in|of|over)\\s{1,3})past\\s+(years|decades)" + E,
                        (m, context) -> Normalized.reference("PAST_REF"))); // "in past years", like "in recent years"
    }

    private static Normalized counted(MatchResult m, ResolutionContext context) {
        String quantity = Lexicon.replaceAll(m.group(1).toLowerCase(Locale.ROOT), "\\s+", " ");
        Lexicon.Unit unit = Lexicon.unit(m.group(3));
        String unitWord = m.group(3).toLowerCase(Locale.ROOT);
        if (Lexicon.matches(quantity, "(1[0-9]|20)\\d\\d") && unit.granularity() != null
                && unit.granularity().compareTo(Granularity.MONTH) >= 0) {
            return null;
        }
        if (unit.granularity() == Granularity.QUARTER && Lexicon.matches(context.after(4), "^\\s+of\\b.*")
                && !Lexicon.VAGUE_QUANTITIES.containsKey(quantity)) {
            return null; // "three quarters of the vote" is a share; "several quarters of losses" is a stretch of time
        }
        boolean article = quantity.equals("a") || quantity.equals("an");
        if (article && (unitWord.endsWith("s") || m.group().endsWith("long"))) {
            return null; // "a decades-long feud", "a day-long meeting": the article belongs to the noun
        }
        if (unitWord.equals("second") && (quantity.equals("a") || quantity.equals("an") || quantity.equals("one"))) {
            return null;
        }
        if ((quantity.equals("a") || quantity.equals("an")) && SPEED_BEFORE.matcher(context.before(20)).find()) {
            return null;
        }
        if (quantity.equals("one") && unitWord.equals("day") && Lexicon.matches(context.before(10).toLowerCase(Locale.ROOT),
                "(?s).*\\b(will|would|could|might|may|can|should|must|shall|to|he|she|they|we|i|it|you)\\s+$")) {
            return Normalized.reference("FUTURE_REF"); // "will one day lead the party": some time ahead, not a day long
        }
        if (article && Rates.afterAmount(context)) {
            return null;
        }
        if (article && frequencyBefore(context)) {
            return Normalized.set(value(1, unit));
        }
        Integer count = m.group(2) == null ? Lexicon.number(quantity) : null;
        if (count != null && count == 0) {
            return null;
        }
        return Normalized.duration(count == null ? vagueValue(unit) : value(count, unit));
    }

    /** "Half a century" (P50Y), "half a decade" (P5Y), "a half-hour" (PT30M), "half a day" (PT12H). */
    private static Normalized halfAUnit(MatchResult m, ResolutionContext context) {
        return Normalized.duration(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "century" -> "P50Y";
            case "decade" -> "P5Y";
            case "year" -> "P6M";
            case "day" -> "PT12H";
            case "hour" -> "PT30M";
            default -> "PT30S";
        });
    }

    /** "Two and a half years" (P2Y6M), "an hour and a half" (PT1H30M), "5 1/2 hours" (PT5H30M). */
    private static Normalized andAHalf(MatchResult m, ResolutionContext context) {
        String quantity = m.group(1) != null ? m.group(1) : m.group(3);
        Lexicon.Unit unit = Lexicon.unit(m.group(1) != null ? m.group(2) : m.group(4));
        Integer count = Lexicon.number(quantity);
        if (count == null) {
            return null;
        }
        String half = switch (unit.letter()) {
            case "Y" -> unit.multiplier() == 1 ? "6M" : null;
            case "M" -> unit.clock() ? "30S" : "15D";
            case "W" -> unit.multiplier() == 1 ? "3DT12H" : null;
            case "D" -> "T12H";
            case "H" -> "30M";
            default -> null;
        };
        if (half == null) {
            return Normalized.duration(value(count, unit));
        }
        return Normalized.duration(value(count, unit) + half);
    }

    /**
     * "Twice a year", "three times a week", "five days a week", "24 hours a day": a frequency, a set. A count of
     * smaller units before "a week" or "a day" says how often within it, not how long.
     */
    private static boolean frequencyBefore(ResolutionContext context) {
        String before = context.before(40).toLowerCase(Locale.ROOT);
        return Lexicon.matches(before, "(?s).*\\b(once|twice|thrice|times)\\s+$")
                || Lexicon.matches(before, "(?s).*\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                        + "|twelve|twenty-four)[\\s-]+(?:hours?|days?|nights?|weeks?|months?)\\s+$");
    }

    /**
     * "A day-long meeting" (P1D), "a yearlong study" (P1Y), "a decades-long dispute" (PXY): a compound adjective
     * naming how long something lasts, one unit or, in the plural, a vague number of them.
     */
    private static Normalized unitLong(MatchResult m, ResolutionContext context) {
        Lexicon.Unit unit = Lexicon.unit(m.group(1));
        return Normalized.duration(m.group(2) == null ? value(1, unit) : vagueValue(unit));
    }

    /** "Over the years": a vague stretch up to now, as long as "for years". */
    private static Normalized barePluralAfterThe(MatchResult m, ResolutionContext context) {
        return Normalized.duration(vagueValue(Lexicon.unit(m.group(1))));
    }

    private static Normalized barePlural(MatchResult m, ResolutionContext context) {
        return Normalized.duration(vagueValue(Lexicon.unit(m.group(1))));
    }

    /**
     * "Recent weeks" is a stretch of time (PXW); "recent years" and "recent decades" are too long to be a measured
     * stretch and are read, as TimeML does, as a vague reference to the past (PAST_REF).
     */
    private static Normalized barePluralWithQualifier(MatchResult m, ResolutionContext context) {
        Granularity granularity = Lexicon.unit(m.group(2)).granularity();
        if (m.group(1).equalsIgnoreCase("recent") && granularity.compareTo(Granularity.YEAR) >= 0) {
            return Normalized.reference("PAST_REF");
        }
        return Normalized.duration(vagueValue(Lexicon.unit(m.group(2))));
    }

    static String value(long count, Lexicon.Unit unit) {
        if (unit.granularity() == Granularity.WEEKEND) {
            return "P" + count * 2 + "D";
        }
        return (unit.clock() ? "PT" : "P") + count * unit.multiplier() + unit.letter();
    }

    static String vagueValue(Lexicon.Unit unit) {
        if (unit.granularity() == Granularity.WEEKEND) {
            return "PXD";
        }
        if (unit.granularity() == Granularity.DECADE || unit.granularity() == Granularity.CENTURY) {
            return "PXY";
        }
        return (unit.clock() ? "PTX" : "PX") + unit.letter();
    }
}
