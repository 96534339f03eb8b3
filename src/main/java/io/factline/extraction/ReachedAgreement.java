package io.factline.extraction;

import java.util.Set;

/**
 * Reaching an agreement is agreeing: "X reached an agreement with Y on Friday" and another outlet's "the two
 * sides agreed the terms on Saturday" tell one act (action "agree"), so the matcher can take them for one
 * happening told with two dates. Before, the first had the action "reach" and the two stayed apart (session 15,
 * s15-domains). Only a verb of arriving at or closing an agreement ("reach", "strike", "seal", "conclude",
 * "clinch") with an agreement as its object ("agreement", "accord", "settlement", "compromise", "deal",
 * "truce"); "reached the border", "struck the town" keep their verbs.
 */
final class ReachedAgreement {

    static final String AGREE = "agree";

    private static final Set<String> REACHING = Set.of("reach", "strike", "seal", "conclude", "clinch");
    private static final Set<String> AGREEMENTS = Set.of("agreement", "accord", "settlement", "compromise", "deal",
            "truce");

    private ReachedAgreement() {
    }

    /** "agree" when the verb lemma with its object lemma tells an agreement reached; else null. */
    static String action(String verb, String object) {
        return verb != null && object != null && REACHING.contains(verb) && AGREEMENTS.contains(object) ? AGREE : null;
    }
}
