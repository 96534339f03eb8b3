package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Agreeing to buy, sell or merge is how a deal is reported: "Harlow Shipping agreed on Sunday to buy
 * Corvin Logistics" is the purchase, dated when it was agreed, and another outlet tells the same
 * deal as "Harlow agreed to buy Corvin on Saturday" (the date then falls on "buy"). So an agreement
 * whose infinitive is a deal verb ({@link EventKinds#deal}) takes that verb as its action and
 * {@link EventKinds#DEAL} as its kind. Other infinitives keep the agreement apart: "agreed on Monday
 * to meet again" is no meeting on Monday.
 */
final class DealAgreement {

    private static final Set<String> AGREEING = Set.of("agree", "decide", "consent");

    private DealAgreement() {
    }

    /** The deal verb an agreeing verb at {@code anchor} leads to within its clause, or -1. */
    static int dealVerb(List<Token> tokens, int anchor, int clauseEnd) {
        if (!tokens.get(anchor).verb() || !AGREEING.contains(tokens.get(anchor).lemma())) {
            return -1;
        }
        for (int k = anchor + 1; k + 1 < Math.min(clauseEnd, tokens.size()); k++) {
            if (tokens.get(k).is("to")) {
                Token next = tokens.get(k + 1);
                return next.verb() && EventKinds.deal(next.lemma()) ? k + 1 : -1;
            }
            if (tokens.get(k).verb()) {
                return -1;
            }
        }
        return -1;
    }
}
