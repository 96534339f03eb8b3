package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence asserts or denies what its verb says: DENIES when the verb is negated ("has
 * not received", "did not meet", "no documents were received") or governed by a denying verb
 * ("denied that", or a denying verb that is the attribution's own). A phrase of time or manner
 * between the denying verb and its "that" ("denied on Sunday that", "denied in a statement that")
 * does not loosen the hold: what follows "that" is still what is denied. Two things are not denials
 * (session 13, s13-scena): a "not to" in an instruction ({@link DirectiveNegation}: "warned shoppers
 * not to eat it") and the writer's aside inside what is denied ({@link AsideOutOfDenial}: "denied
 * hiring drivers to break the strike, which began on Monday").
 */
final class EventStance {

    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
    /** A subject that is no one: "Nobody died", "none of the patients was harmed", "nothing was taken" (s10-scend). */
    private static final Set<String> NEGATIVE_PRONOUNS = Set.of("nobody", "none", "nothing", "noone");
    private static final Set<String> DENYING_VERBS = Set.of("deny", "reject", "dispute", "refute");

    private EventStance() {
    }

    /**
     * The stance of the verb at {@code verb} whose subject starts at {@code from}: a negation from
     * the subject up to the verb counts, and "no" up to three words after it ("received no reply").
     */
    static Stance of(List<Token> tokens, Attribution attribution, int from, int verb) {
        for (int k = Math.max(0, from); k <= Math.min(verb + 3, tokens.size() - 1); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            boolean negation = NEGATIONS.contains(w) || w.endsWith("n't") || NEGATIVE_PRONOUNS.contains(w);
            if (negation && (k <= verb || w.equals("no")) && !DirectiveNegation.of(tokens, k)) {
                return Stance.DENIES;
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean governs = k == attribution.verbIndex() || thatClauseAfter(tokens, k);
            if (DENYING_VERBS.contains(t.lemma()) && governs && k < verb && !AsideOutOfDenial.of(tokens, k, verb)) {
                return Stance.DENIES;
            }
        }
        // FalseReport (s15-deny): "called the report that X false" denies X.
        return NegatedGround.denies(tokens, verb) || FalseReport.denies(tokens, verb) ? Stance.DENIES : Stance.ASSERTS;
    }

    /** Words a phrase between a verb and its "that" may hold: "on Sunday", "in a brief statement", "flatly". */
    private static final Set<String> PHRASE_TAGS = Set.of("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV");
    private static final int MAX_PHRASE = 5;

    /**
     * Whether "that" opens a clause right after the verb at {@code k}, or after a short phrase with
     * no verb or punctuation; after a phrase, a relative "that" ("rejected a plan on Monday that
     * would close the port") opens no clause of what is denied.
     */
    static boolean thatClauseAfter(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j <= k + 1 + MAX_PHRASE; j++) {
            Token t = tokens.get(j);
            if (t.is("that")) {
                return j == k + 1 || !t.pos().equals("PRON");
            }
            if (!PHRASE_TAGS.contains(t.pos())) {
                return false;
            }
        }
        return false;
    }
}
