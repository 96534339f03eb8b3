package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence asserts or denies what its verb says: DENIES when the verb is negated ("has
 * not received", "did not meet", "no documents were received") or governed by a denying verb
 * ("denied that", or a denying verb that is the attribution's own).
 */
final class EventStance {

    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
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
            boolean negation = NEGATIONS.contains(w) || w.endsWith("n't");
            if (negation && (k <= verb || w.equals("no"))) {
                return Stance.DENIES;
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean governs = k == attribution.verbIndex() || k + 1 < tokens.size() && tokens.get(k + 1).is("that");
            if (DENYING_VERBS.contains(t.lemma()) && governs && k < verb) {
                return Stance.DENIES;
            }
        }
        return Stance.ASSERTS;
    }
}
