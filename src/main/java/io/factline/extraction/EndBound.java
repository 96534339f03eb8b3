package io.factline.extraction;

import java.util.List;

/**
 * A time after "until" ("extended the sanctions until December") is where a state ends, not when
 * anything happens, so it dates no event. "Not ... until Friday" is the exception: it says the act
 * happens on Friday ("the envoy will not arrive until Friday").
 */
final class EndBound {

    private EndBound() {
    }

    /** Whether the time expression starting at token {@code first} only bounds a state. */
    static boolean of(List<Token> tokens, int first) {
        return until(tokens, first) && !negated(tokens, first);
    }

    /** Whether the time starting at {@code first} follows a negated "until": it dates the act before "until". */
    static boolean notUntil(List<Token> tokens, int first) {
        return until(tokens, first) && negated(tokens, first);
    }

    private static boolean until(List<Token> tokens, int first) {
        return first >= 1 && (tokens.get(first - 1).is("until") || tokens.get(first - 1).is("till"));
    }

    private static boolean negated(List<Token> tokens, int first) {
        for (int k = first - 2; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is("not") || t.is("n't") || t.is("never")) {
                return true;
            }
            if (t.is(",") || t.is(";")) {
                return false;
            }
        }
        return false;
    }
}
