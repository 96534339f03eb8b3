package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * An act someone refused, declined or failed to do did not happen; the refusal did. A time after the
 * infinitive dates the refusal: in "the candidate, who refused to concede on Tuesday, ..." Tuesday is when
 * she refused, not a concession of Tuesday (which another outlet's "I will not concede" would then deny,
 * a false contradiction). The refusal keeps its verb, so "refused on Tuesday to concede" and "who refused
 * to concede on Tuesday" are one act. Other verbs before an infinitive ("agreed to buy", "plans to
 * reopen") keep their own rules ({@link DealAgreement}, {@link ControlledInfinitive}).
 */
final class RefusedAct {

    /** Verbs whose infinitive tells what did not happen. */
    static final Set<String> REFUSING = Set.of("refuse", "decline", "fail", "neglect");

    private RefusedAct() {
    }

    /**
     * The refusing verb that governs the infinitive at {@code verb} ("refused to concede", "declined
     * again to comment"), or -1 when the verb is no such infinitive.
     */
    static int refusal(List<Token> tokens, int verb) {
        if (verb < 2 || !tokens.get(verb - 1).is("to")) {
            return -1;
        }
        int k = verb - 2;
        // One adverb may stand between: "refused again to", "declined repeatedly to".
        if (k > 0 && tokens.get(k).pos().equals("ADV") && !tokens.get(k).is("not")) {
            k--;
        }
        Token governor = tokens.get(k);
        return governor.verb() && REFUSING.contains(governor.lemma()) ? k : -1;
    }
}
