package io.factline.temporal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words before an expression that belong to it and set its TIMEX3 mod: "early next week" (START), "late Friday"
 * (END), "the end of 2025" (END), "mid-1990s" (MID), "almost four years" (APPROX), "more than a decade"
 * (MORE_THAN), "within 18 months" (EQUAL_OR_LESS). Each table row is a prefix pattern, the types it applies to and
 * the mod it gives. "Within" is a preposition, a TimeML signal: it sets the mod but stays out of the expression's extent
 * ("within [18 months]"), as in 11 of the 12 instances the TempEval-3 training data annotates.
 */
final class Modifiers {

    private record Prefix(Pattern pattern, boolean forDates, boolean forDurations, String mod, boolean inExtent) {
    }

    private static final List<Prefix> PREFIXES = List.of(
            prefix("(?:the\\s+)?(?:very\\s+)?(?:early|earlier)[- ]?\\s*", true, false, "START"),
            prefix("(?:the\\s+)?(?:very\\s+)?(?:late|later)[- ]?\\s*", true, false, "END"),
            prefix("(?:the\\s+)?mid[- ]?\\s*", true, false, "MID"),
            prefix("(?:the\\s+)?(?:end|close|turn)\\s+of\\s+(?:the\\s+)?", true, false, "END"),
            prefix("(?:the\\s+)?(?:beginning|start|outset|dawn)\\s+of\\s+(?:the\\s+)?", true, false, "START"),
            prefix("(?:the\\s+)?middle\\s+of\\s+(?:the\\s+)?", true, false, "MID"),
            prefix("end-", true, false, "END"), // "by end-March", "at end-2025", as financial news writes it
            prefix("(?:start|beginning)-", true, false, "START"),
            prefix("(?:about|around|approximately|roughly|some|nearly|almost|close\\s+to|just\\s+about)\\s+", true, true,
                    "APPROX"),
            prefix("(?:more\\s+than|over|just\\s+over|upwards\\s+of)\\s+", false, true, "MORE_THAN"),
            prefix("(?:less\\s+than|under|just\\s+under|fewer\\s+than)\\s+", false, true, "LESS_THAN"),
            prefix("(?:at\\s+least|no\\s+less\\s+than)\\s+", false, true, "EQUAL_OR_MORE"),
            prefix("(?:at\\s+most|no\\s+more\\s+than|up\\s+to)\\s+", false, true, "EQUAL_OR_LESS"),
            signal("within\\s+", false, true, "EQUAL_OR_LESS"));

    private Modifiers() {
    }

    /** A widened start offset and mod for the expression at {@code begin}, or null when no prefix applies. */
    record Widened(int begin, String mod) {
    }

    static Widened widen(String document, int begin, Normalized normalized, String coveredText) {
        String before = document.substring(Math.max(0, begin - 30), begin);
        boolean duration = normalized.type() == TimexType.DURATION;
        boolean calendar = normalized.point() != null
                && (normalized.type() == TimexType.DATE || normalized.type() == TimexType.TIME);
        String covered = coveredText.toLowerCase(Locale.ROOT);
        for (Prefix prefix : PREFIXES) {
            if (!(duration && prefix.forDurations || calendar && prefix.forDates)) {
                continue;
            }
            if (duration && covered.startsWith("the ") && !prefix.mod.equals("APPROX")) {
                continue;
            }
            Matcher matcher = prefix.pattern.matcher(before);
            if (matcher.find()) {
                if (prefix.mod.equals("MORE_THAN") && spanOver(before, matcher.start())) {
                    return null;
                }
                return new Widened(prefix.inExtent ? begin - (before.length() - matcher.start()) : begin, prefix.mod);
            }
        }
        return null;
    }

    /**
     * "Over" right after a verb or a noun is the preposition of a span, a TimeML signal: "the system evolved over
     * [several years]", "40 witnesses over [seven weeks]" (the training data leaves it out in both such instances). It
     * means "more than" after a preposition or a verb of lasting ("for over a week", "last over a week", "took over
     * an hour"), after "just", and at the start of a clause.
     */
    static boolean spanOver(String before, int prefixStart) {
        String prefix = before.substring(prefixStart).toLowerCase(Locale.ROOT);
        if (!prefix.startsWith("over")) {
            return false;
        }
        Matcher word = WORD_BEFORE.matcher(before.substring(0, prefixStart));
        return word.find() && !QUANTITY_CONTEXT.contains(word.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}']+)\\s+$");

    /** Words after which "over" is "more than": prepositions, verbs of lasting, "just", conjunctions. */
    private static final java.util.Set<String> QUANTITY_CONTEXT = java.util.Set.of("for", "in", "of", "than", "after",
            "within", "to", "from", "at", "by", "and", "or", "just", "last", "lasts", "lasted", "lasting", "take", "takes",
            "took", "taken", "taking", "spend", "spends", "spent", "span", "spans", "spanned", "be", "is", "are", "was",
            "were", "been", "about", "some", "only", "nearly", "almost", "already", "still", "now");

    private static Prefix prefix(String regex, boolean forDates, boolean forDurations, String mod) {
        return new Prefix(Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "$",
                Pattern.CASE_INSENSITIVE), forDates, forDurations, mod, true);
    }

    /** A word that sets the mod but is not part of the expression. */
    private static Prefix signal(String regex, boolean forDates, boolean forDurations, String mod) {
        return new Prefix(Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "$",
                Pattern.CASE_INSENSITIVE), forDates, forDurations, mod, false);
    }
}
