package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A present participle of a state right after a noun only says where or how the noun's people or
 * things are ("residents living within two kilometres of the site", "families staying with
 * relatives", "the 400 people working at the plant"): it is no act and dates nothing, so a time after
 * it dates the verb before the noun ("ordered the evacuation of residents living near the site early
 * on Wednesday" — the order was given on Wednesday).
 */
final class StateParticiple {

    private static final Set<String> STATES = Set.of("live", "reside", "work", "stay", "remain", "belong",
            "own", "contain", "store", "house", "employ", "hold", "sit", "stand", "lie", "border", "overlook");

    private StateParticiple() {
    }

    /** Whether the token at {@code k} is such a participle. */
    static boolean of(List<Token> tokens, int k) {
        if (k < 1) {
            return false;
        }
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        return t.verb() && t.text().endsWith("ing") && STATES.contains(t.lemma()) && (before.noun() || before.proper())
                || stateInReducedRelative(tokens, k);
    }

    /**
     * A verb of a state in a relative clause without "that" right after its noun ("transferred the
     * money to companies he controlled in September 2024", "the flat she rented"): it says whose the
     * noun is, no act, and dates nothing; the time goes to the verb before (s9-scena).
     */
    private static boolean stateInReducedRelative(List<Token> tokens, int k) {
        if (k < 2) {
            return false;
        }
        Token t = tokens.get(k);
        Token pronoun = tokens.get(k - 1);
        boolean state = t.verb() && (STATES.contains(t.lemma()) || RELATIVE_STATES.contains(t.lemma()));
        return state && pronoun.pos().equals("PRON") && SUBJECT_PRONOUNS.contains(pronoun.text().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(k - 2).noun();
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "it", "i");
    /** States that relative clauses tell of a noun's owner or head ("companies he controlled"). */
    private static final Set<String> RELATIVE_STATES = Set.of("control", "run", "manage", "lead", "head", "rent",
            "found", "chair");
}
