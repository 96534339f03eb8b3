package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A report called false denies what it reports: "Brannock Ports called the report that the gate had been
 * opened false", "said the claim that the gate had been opened was untrue", "The claim that the gate had been
 * opened is baseless, the company said" (session 15, s15-deny). The clause after the report noun is what is
 * denied. The word of falsity must be said of the report — after a form of "be" ("was false") or after the
 * clause of a verb that labels, as its last word ("called … false", "branded … baseless") — so "the report that the firm gave
 * false figures" (the figures are false, the report is not) stays an assertion.
 */
final class FalseReport {

    private static final Set<String> FALSITY = Set.of("false", "untrue", "baseless", "unfounded", "groundless",
            "wrong", "incorrect", "inaccurate", "fabricated", "nonsense", "misleading");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been");
    /** Verbs that say what something is: "called the report false". */
    static final Set<String> LABELLING = Set.of("call", "brand", "label", "describe", "term");

    private FalseReport() {
    }

    /** Whether the verb at {@code verb} tells the "that" clause of a report noun the sentence calls false. */
    static boolean denies(List<Token> tokens, int verb) {
        int that = thatOfReport(tokens, verb);
        if (that < 0) {
            return false;
        }
        boolean labelled = that >= 3 && java.util.stream.IntStream.rangeClosed(Math.max(0, that - 4), that - 2)
                .anyMatch(k -> LABELLING.contains(tokens.get(k).lemma()));
        for (int j = verb + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            Token before = tokens.get(j - 1);
            if (t.is(";") || t.is(".") || t.is("\"")) {
                return false;
            }
            if (FALSITY.contains(t.text().toLowerCase(Locale.ROOT))) {
                boolean last = j + 1 >= tokens.size() || tokens.get(j + 1).punctuation();
                return BE.contains(before.text().toLowerCase(Locale.ROOT)) || labelled && last;
            }
        }
        return false;
    }

    /** The "that" after a report noun ("the report that") the verb at {@code verb} stands in, or -1. */
    private static int thatOfReport(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return RejectedReport.reportWord(tokens.get(k - 1)) ? k : -1;
            }
            if (t.punctuation() || t.verb()) {
                return -1;
            }
        }
        return -1;
    }
}
