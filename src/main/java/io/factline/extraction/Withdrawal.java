package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Pulling or withdrawing something from a happening is withdrawing from it: "pulled its satellite
 * from the first flight", "withdrew its team from the talks" and "pulled out of the flight" all
 * tell that someone left the flight or the talks. The act is {@link #WITHDRAW} and its object what
 * was left (the head noun after "from" or "out of"), so another outlet's "denied that any customer
 * had pulled out of the flight" meets the report of the satellite pulled from it. Without "from" or
 * "out of" ("withdrew its offer") the verb keeps its own object.
 */
final class Withdrawal {

    static final String WITHDRAW = "withdraw";
    private static final Set<String> VERBS = Set.of("pull", "withdraw");

    private Withdrawal() {
    }

    /**
     * The index of the head noun of what the verb at {@code verb} withdraws from, or -1 when it is
     * no such verb or names no "from"/"out of" before the clause ends at {@code end}.
     */
    static int from(List<Token> tokens, int verb, int end) {
        if (verb < 0 || !VERBS.contains(tokens.get(verb).lemma())) {
            return -1;
        }
        for (int k = verb + 1; k < end && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > verb + 1 && (t.verb() || t.pos().equals("AUX"))) {
                return -1;
            }
            boolean outOf = t.is("out") && k + 1 < end && k + 1 < tokens.size() && tokens.get(k + 1).is("of");
            if (t.is("from") || outOf) {
                return head(tokens, outOf ? k + 2 : k + 1, end);
            }
        }
        return -1;
    }

    /** The last common noun of the first run of them from {@code from}, past articles and adjectives; -1 when none. */
    private static int head(List<Token> tokens, int from, int end) {
        int k = from;
        while (k < end && k < tokens.size() && !tokens.get(k).noun()) {
            String pos = tokens.get(k).pos();
            if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NUM") && !pos.equals("PRON")) {
                return -1;
            }
            k++;
        }
        if (k >= end || k >= tokens.size() || tokens.get(k).capitalized()) {
            return -1;
        }
        while (k + 1 < end && k + 1 < tokens.size() && tokens.get(k + 1).noun() && !tokens.get(k + 1).capitalized()) {
            k++;
        }
        return k;
    }
}
