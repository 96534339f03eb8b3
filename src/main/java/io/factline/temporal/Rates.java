package io.factline.temporal;

import java.util.regex.Pattern;

/**
 * A rate: "$2 million a year", "four flights a week", "700 seats a week", "15 million instructions per second",
 * "10,000 units annually". An amount of something followed by "a"/"an"/"per" and a unit, or by a frequency adverb,
 * measures how much there is per unit of time; it names no time of its own. TimeML's guidelines would make it a SET,
 * but the annotated news data (TempEval-3 training) marks it in only 5 of its 14 instances, 4 with our value: well
 * below the ~41 % at which an expression pays for itself, so it is left out. Frequencies of time units ("twice a
 * week", "three days a week") are not amounts of something and stay sets or durations.
 */
final class Rates {

    /**
     * The text before a match ends with an amount (a figure, a currency or a number word, "hundreds of") and at most
     * two more words, none of them a preposition, verb or article that would start another phrase.
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)(?:\\d|\\$|\\b(?:million|billion|trillion"
            + "|thousand|hundred|dozen)s?|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|ninety))(?:\\s+of)?"
            + "(?:\\s+(?!(?:in|within|for|over|after|than|about|under|at|by|during|from|to|and|or|but|was|were|is|are"
            + "|has|have|had|been|be|will|would|the|a|an|this|that|its|their|his|her|once|twice|times|days?|nights?"
            + "|weeks?|months?|years?|hours?|minutes?|seconds?)\\b)[a-z][a-z'-]*){0,2}\\s+$");

    private Rates() {
    }

    /** Whether the current match follows an amount of something, so that it closes a rate. */
    static boolean afterAmount(ResolutionContext context) {
        return AMOUNT_BEFORE.matcher(context.before(40)).find();
    }
}
