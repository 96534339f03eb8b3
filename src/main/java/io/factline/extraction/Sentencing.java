package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A sentence handed down is one happening however it is worded: "the judge sentenced X to four
 * years", "X was sentenced to life", "X was jailed for six years", "imprisoned for 18 months" are
 * the sentencing (action and object {@value #SENTENCE}, kind {@value #SENTENCE}). It is a kind of its
 * own, not the court's ruling in general: a verdict and the sentence days later are two stages of a
 * trial, and one must not be read as the other told with another date. Sending someone to jail
 * without a term ("was jailed pending trial", "remanded in custody") is not a sentence here: a
 * term ("for", "to") must follow within the clause.
 */
final class Sentencing {

    static final String SENTENCE = "sentence";

    /** Verbs that hand down a sentence. */
    private static final Set<String> SENTENCING = Set.of(SENTENCE, "jail", "imprison");
    /** How far after the verb its term ("to four years", "for life") may stand. */
    private static final int TERM_REACH = 6;

    private Sentencing() {
    }

    /** {@value #SENTENCE} when the verb at {@code verb} hands down a sentence; otherwise null. */
    static String action(List<Token> tokens, int verb) {
        if (verb < 0 || verb >= tokens.size() || !tokens.get(verb).verb()) {
            return null;
        }
        String lemma = tokens.get(verb).lemma();
        if (!SENTENCING.contains(lemma)) {
            return null;
        }
        // "will be sentenced on Friday": the sentence itself, with its term still to come.
        if (lemma.equals(SENTENCE)) {
            return SENTENCE;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + TERM_REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("for") || t.is("to")) {
                return term(tokens, k + 1) ? SENTENCE : null;
            }
            if (t.verb() || t.is(",") || t.is(";")) {
                return null;
            }
        }
        return null;
    }

    /** A term right after "for"/"to": a number or "life" ("for four years", "for 18 months", "for life"). */
    private static boolean term(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("life") || t.pos().equals("NUM") || t.text().chars().anyMatch(Character::isDigit)
                || k + 1 < tokens.size() && t.pos().equals("DET") && tokens.get(k + 1).is("life");
    }
}
