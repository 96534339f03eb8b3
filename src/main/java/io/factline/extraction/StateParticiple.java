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
        return t.verb() && t.text().endsWith("ing") && STATES.contains(t.lemma()) && (before.noun() || before.proper());
    }
}
