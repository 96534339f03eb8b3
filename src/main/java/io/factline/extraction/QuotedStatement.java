package io.factline.extraction;

import java.util.List;

/**
 * A quotation followed by who said it ("\"We have not withdrawn any credit line from Torvik,\" a
 * spokeswoman for the bank said on Wednesday.") says what is between the quotation marks
 * (s10-scenc): its act is the first verb inside them, and a negation inside them before that verb
 * makes the statement a denial. The reporting verb's own clause (a time, "a day before she stepped
 * down") is not what was said. A quotation that runs on from an earlier sentence has no opening mark
 * in this one: it starts with the sentence.
 */
final class QuotedStatement {

    private QuotedStatement() {
    }

    /**
     * The index of the quotation mark that closes what the reporting verb at {@code verb} says, when
     * only the attribution stands between them (a comma, the speaker, auxiliaries); otherwise -1.
     */
    static int closing(List<Token> tokens, Attribution attribution, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is("\"") || t.is("\u201d")) {
                return k > 0 ? k : -1;
            }
            boolean speaker = attribution.covers(k) || t.punctuation() || t.proper() || t.noun()
                    || t.pos().equals("DET") || t.pos().equals("PRON") || t.pos().equals("AUX")
                    || t.pos().equals("ADP") || t.pos().equals("ADJ") || t.pos().equals("ADV");
            if (!speaker || t.verb()) {
                return -1;
            }
        }
        return -1;
    }

    /** The first token of the quotation that {@code closing} ends: after its opening mark, or the sentence's start. */
    static int opening(List<Token> tokens, int closing) {
        for (int k = closing - 1; k >= 0; k--) {
            if (tokens.get(k).is("\"") || tokens.get(k).is("\u201c")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The first verb of what the quotation says that tells an act, or -1. */
    static int contentVerb(List<Token> tokens, Attribution attribution, int verb) {
        int closing = closing(tokens, attribution, verb);
        if (closing < 0 || !Attribution.reporting(tokens.get(verb))) {
            return -1;
        }
        for (int k = opening(tokens, closing); k < closing; k++) {
            Token t = tokens.get(k);
            if (t.verb() && !t.capitalized() && !DateAnchor.LIGHT_VERBS.contains(t.lemma())
                    && !DateAnchor.attributive(tokens, k)) {
                return k;
            }
        }
        return -1;
    }
}
