package io.factline.extraction;

import java.util.List;

/**
 * A name or role set between commas after a noun ("met the intelligence chief, General Tomas
 * Ekwueme, in Ankara in April") only renames that noun: the clause goes on after it, so a time
 * after the closing comma still dates the verb before the opening one.
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
        return named && (noun.noun() || noun.proper()) ? open - 1 : -1;
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
