package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A date a source rejects dates nothing: "contact was lost shortly after midnight on Monday, not on
 * Sunday as first reported" places the loss on Monday only, and "the unit did not close on Tuesday but on
 * Wednesday" asserts a closure on Wednesday — its "not" denies the date, not the act. So a time right
 * after "not" (a preposition between) is no date of the sentence's act, nor is a time that "but" corrects
 * after a negated verb, whose negation then leaves the act asserted (session 10, s10-scend).
 */
final class RejectedDate {

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during");

    private RejectedDate() {
    }

    /** Whether the time at {@code span} is one the sentence rejects. */
    static boolean rejected(List<Token> tokens, int[] span, List<int[]> dates) {
        int k = span[0] - 1;
        if (k >= 0 && TIME_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase())) {
            k--;
        }
        if (k >= 0 && tokens.get(k).is("not") || k >= 0 && tokens.get(k).text().equalsIgnoreCase("never")) {
            return true;
        }
        return corrected(tokens, span, dates) && negatedBefore(tokens, span[0]);
    }

    /**
     * The time that the time at {@code span} corrects ("but on Wednesday" after "did not close on
     * Tuesday"), whose place in the sentence tells what the correction dates; null when it corrects none.
     */
    static int[] corrects(List<Token> tokens, int[] span, List<int[]> dates) {
        for (int[] earlier : dates) {
            if (earlier[1] < span[0] && corrected(tokens, earlier, dates) && correctionOf(tokens, earlier) == span[0]
                    && negatedBefore(tokens, earlier[0])) {
                return earlier;
            }
        }
        return null;
    }

    /**
     * Whether the negation of the verb at {@code verb} only rejects a date that "but" corrects after it
     * ("did not close on Tuesday but on Wednesday"): the act itself is asserted.
     */
    static boolean contrastive(List<Token> tokens, List<int[]> dates, int verb) {
        for (int[] span : dates) {
            if (span[0] > verb && corrected(tokens, span, dates) && negatedBefore(tokens, span[0])) {
                return true;
            }
        }
        return false;
    }

    /** Whether "but" and another of the sentence's times follow the time at {@code span} ("on Tuesday but on Wednesday"). */
    private static boolean corrected(List<Token> tokens, int[] span, List<int[]> dates) {
        int next = correctionOf(tokens, span);
        return next >= 0 && dates.stream().anyMatch(d -> d[0] == next);
    }

    /** The index where a correction after the time at {@code span} starts its own time ("but on X"); -1 when none. */
    private static int correctionOf(List<Token> tokens, int[] span) {
        int k = span[1] + 1;
        if (k < tokens.size() && tokens.get(k).is(",")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).is("but")) {
            return -1;
        }
        k++;
        if (k < tokens.size() && TIME_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase())) {
            k++;
        }
        return k;
    }

    /** Whether a "not" or "n't" stands before {@code at} in its clause, with no punctuation between. */
    private static boolean negatedBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && !tokens.get(k).punctuation(); k--) {
            String w = tokens.get(k).text().toLowerCase();
            if (w.equals("not") || w.endsWith("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }
}
