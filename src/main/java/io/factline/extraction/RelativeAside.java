package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A relative clause set between commas after a noun or name ("Henrik Dalberg, who brokered the deal,
 * will return", "seized the five, who work for a charity, from a convoy in February") only says more
 * about that noun: the sentence goes on after the closing comma as if the aside were not there. So the
 * subject of the verb after it is the noun before it, a time after it dates the verb before it, and
 * the clause after it is still that verb's (its place and names count). Like a name between commas
 * ({@link Apposition}), but with a verb of its own.
 */
final class RelativeAside {

    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");

    private RelativeAside() {
    }

    /**
     * When {@code closing} is the comma that ends such an aside, the index of the noun the aside
     * describes (the last token before its opening comma); otherwise -1.
     */
    static int described(List<Token> tokens, int closing) {
        if (closing < 4 || closing + 1 >= tokens.size() || !tokens.get(closing).is(",")) {
            return -1;
        }
        boolean verb = false;
        for (int k = closing - 1; k >= 2; k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is("\"") || t.is("(") || t.is(")")) {
                return -1;
            }
            verb |= t.verb() || t.pos().equals("AUX");
            if (RELATIVES.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && tokens.get(k - 1).is(",")) {
                Token noun = tokens.get(k - 2);
                boolean nominal = noun.noun() || noun.proper() || noun.pos().equals("NUM");
                return verb && nominal && k + 1 < closing ? k - 2 : -1;
            }
        }
        return -1;
    }

    /**
     * When the comma at {@code clauseEnd} opens such an aside, where the clause goes on to after
     * the aside's closing comma (the next boundary); otherwise {@code clauseEnd}.
     */
    static int clauseEnd(List<Token> tokens, Clauses clauses, int clauseEnd) {
        if (clauseEnd + 2 >= tokens.size() || !tokens.get(clauseEnd).is(",")
                || !RELATIVES.contains(tokens.get(clauseEnd + 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return clauseEnd;
        }
        for (int k = clauseEnd + 2; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).is(",")) {
                return described(tokens, k) == clauseEnd - 1 ? clauses.end(k + 1) : clauseEnd;
            }
        }
        return clauseEnd;
    }
}
