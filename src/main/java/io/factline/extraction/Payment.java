package io.factline.extraction;

import java.util.Set;

/**
 * Money paid is money handed over: "paid the mayor 80,000 pounds", "paid a ransom of two million"
 * is the act another outlet tells as "handed him 80,000 pounds in cash" (kind
 * {@link EventKinds#TRANSFER}), and the side that got it denies as "did not receive any money"
 * ({@link EventKinds#sameOrConverseAction} pairs paying with receiving). Paying anything else
 * ("paid tribute", "paid a visit", "paid attention") keeps its verb and kind.
 */
final class Payment {

    static final String PAY = "pay";

    /** Objects that are a sum paid, besides money itself ({@link EventKinds#sameTheme} "money"). */
    private static final Set<String> SUMS = Set.of("pence", "penny", "cent", "crown", "franc", "yen", "billion",
            "million", "sum", "amount", "ransom", "bribe", "fee", "compensation", "damages", "kickback", "deposit");

    private Payment() {
    }

    /** How far after the verb the sum may stand ("paid the inspector 5,000 euros"). */
    private static final int REACH = 6;

    /**
     * Whether the verb at {@code verb}, with this object lemma, pays a sum: the object is one ("paid
     * Renwick 80,000 pounds"), or a sum follows a person paid ("paid the inspector 5,000 euros").
     */
    static boolean paid(java.util.List<Token> tokens, int verb, String object) {
        if (verb < 0 || verb >= tokens.size() || !PAY.equals(tokens.get(verb).lemma())) {
            return false;
        }
        if (object != null && sum(object)) {
            return true;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.noun() && sum(t.lemma())) {
                return true;
            }
            if (t.verb() || t.is(",") || t.is(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean sum(String noun) {
        return SUMS.contains(noun) || EventKinds.sameTheme(noun, "money");
    }
}
