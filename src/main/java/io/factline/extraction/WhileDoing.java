package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A time in a "while doing" clause dates the act it hangs on: in "guards hit the prisoner while
 * moving him on Friday" Friday is when he was hit, and the moving only says during what. The
 * nearest action verb before "while" (or "whilst") in the sentence is what the time dates.
 */
final class WhileDoing {

    private static final Set<String> WHILE = Set.of("while", "whilst");
    /** How far back the main verb is looked for: the verb of a "while" clause stands close to it. */
    private static final int REACH = 12;

    private WhileDoing() {
    }

    /**
     * The main verb before "while" when the verb at {@code verb} is a gerund right after it
     * ("while questioning"), found with {@code action}; -1 otherwise.
     */
    static int main(List<Token> tokens, int verb, IntPredicate action) {
        if (verb < 2 || !tokens.get(verb).text().endsWith("ing")
                || !WHILE.contains(tokens.get(verb - 1).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 1 - REACH); k--) {
            String text = tokens.get(k).text();
            if (text.equals(".") || text.equals(";")) {
                return -1;
            }
            if (action.test(k)) {
                return k;
            }
        }
        return -1;
    }
}
