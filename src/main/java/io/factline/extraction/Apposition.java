package io.factline.extraction;

import java.util.List;

/**
 * A name or role set between commas after a noun ("met the intelligence chief, General Tomas
 * Ekwueme, in Ankara in April") only renames that noun: the clause goes on after it, so a time
 * after the closing comma still dates the verb before the opening one. A role word the tagger calls
 * an adjective ("the chief executive, X,") renames as a noun does (s14-conflict).
 */
final class Apposition {

    private Apposition() {
    }

    /**
     * When the clause starting at {@code clauseStart} follows an apposition, the index of the
     * noun the apposition renames (the last token before its opening comma); otherwise -1. An
     * apposition holds a name, has no verb, and follows a noun or name.
     */
    static int renamed(List<Token> tokens, Clauses clauses, int clauseStart) {
        int closing = clauseStart - 1;
        if (closing < 2 || !tokens.get(closing).is(",")) {
            return -1;
        }
        int open = clauses.start(closing - 1) - 1;
        if (open < 1 || !tokens.get(open).is(",") || open + 1 >= closing) {
            return -1;
        }
        boolean named = false;
        for (int k = open + 1; k < closing; k++) {
            Token t = tokens.get(k);
            if (t.verb() || t.pos().equals("AUX")) {
                return -1;
            }
            named |= t.proper();
        }
        Token noun = tokens.get(open - 1);
        return named && (noun.noun() || noun.proper() || roleTaggedAdjective(noun)) ? open - 1 : -1;
    }

    /**
     * A role word the tagger calls an adjective is still the noun renamed: "met the company's chief
     * executive, X, at a restaurant on Feb. 12" has "chief/ADJ executive/ADJ" (s14-conflict: the meeting
     * lost its date, and a later denial of it had nothing to deny).
     */
    private static boolean roleTaggedAdjective(Token word) {
        return word.pos().equals("ADJ") && MentionFinder.ROLES.contains(word.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the clause ending at {@code clauseEnd} really ends: when a name set between commas
     * follows it, the end of the clause that goes on after the name ("met the chief, General X, in
     * Ankara" holds X and Ankara); otherwise {@code clauseEnd}.
     */
    static int clauseEnd(List<Token> tokens, Clauses clauses, int clauseEnd) {
        if (clauseEnd >= tokens.size() || !tokens.get(clauseEnd).is(",")) {
            return clauseEnd;
        }
        int closing = clauses.end(clauseEnd + 1);
        if (closing + 1 >= tokens.size() || !tokens.get(closing).is(",")) {
            return clauseEnd;
        }
        return renamed(tokens, clauses, closing + 1) == clauseEnd - 1 ? clauses.end(closing + 1) : clauseEnd;
    }
}
