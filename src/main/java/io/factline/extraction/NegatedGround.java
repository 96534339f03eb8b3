package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A clause told as what there is no ground for is denied: "there is no evidence that the satellite has
 * broken apart", "saw no sign that anyone was harmed", "found no proof that the data had been taken".
 * The clause's own verb is not negated, so without this rule the denial read as an assertion. A noun of
 * certainty keeps the clause asserted: "there is no doubt that the bridge was unsafe" (session 10,
 * s10-scend).
 */
final class NegatedGround {

    private static final Set<String> CERTAINTY = Set.of("doubt", "question");

    private NegatedGround() {
    }

    /**
     * Whether the verb at {@code verb} is in a "that" clause after a noun that "no" (perhaps with one
     * adjective: "no credible evidence") negates, with no other verb or punctuation between.
     */
    static boolean denies(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 2; k--) {
            Token t = tokens.get(k);
            if (t.punctuation() || t.verb()) {
                return false;
            }
            if (t.is("that")) {
                int noun = k - 1;
                if (!tokens.get(noun).noun() || CERTAINTY.contains(tokens.get(noun).lemma())) {
                    return false;
                }
                return tokens.get(noun - 1).is("no")
                        || tokens.get(noun - 1).pos().equals("ADJ") && tokens.get(noun - 2).is("no");
            }
        }
        return false;
    }
}
