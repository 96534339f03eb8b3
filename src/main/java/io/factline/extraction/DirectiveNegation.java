package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A negation inside an instruction is no denial: "the regulator warned shoppers not to eat the
 * cheese", "police urged drivers never to use the bridge", "the union told members not to cross the
 * picket line" tell a warning or a request that was made, not that someone did not eat, use or
 * cross anything. The "not" (or "never") comes right before "to" and an infinitive, after a verb
 * of telling someone what to do in the same clause.
 */
final class DirectiveNegation {

    /** Verbs that tell someone what (not) to do. */
    private static final Set<String> DIRECTING = Set.of("warn", "urge", "tell", "ask", "advise", "order", "instruct",
            "caution", "remind", "beg", "implore", "encourage", "direct", "call", "appeal", "request", "press");
    /** How far back, in words, the directing verb may stand before the negation ("warned consumers on Wednesday not to"). */
    private static final int REACH = 8;

    private DirectiveNegation() {
    }

    /** Whether the negation at {@code k} is part of an instruction: "[warned X] not to [eat]". */
    static boolean of(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !(tokens.get(k).is("not") || tokens.get(k).is("never")) || !tokens.get(k + 1).is("to")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - REACH; j--) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is("that") || t.is(":")) {
                return false;
            }
            if (t.verb() && DIRECTING.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
