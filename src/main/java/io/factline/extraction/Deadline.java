package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A deadline is a dated happening of its own: the day by which something must be done. Outlets
 * tell it as a noun the time modifies ("the July 15 deadline", "a deadline of Friday", "a
 * deadline on Friday") or as time given to do something ("gave the union until Friday to answer",
 * "has until March 3 to appeal"). In the second wording the time follows "until" yet ends no state
 * ({@link EndBound}): the infinitive after it says what must be done by then. Told either way, the
 * event's action and kind are {@link #DEADLINE}, so that outlets' wordings of one deadline meet.
 */
final class Deadline {

    static final String DEADLINE = "deadline";

    private static final Set<String> LINKS = Set.of("of", "on", "for");

    private Deadline() {
    }

    /**
     * The token "deadline" the time at {@code date} ({@code [first, last]}) dates: right after the
     * time ("the July 15 deadline") or right before it with "of", "on" or "for" ("a deadline of
     * Friday"); -1 when the time dates no deadline noun.
     */
    static int noun(List<Token> tokens, int[] date) {
        int after = date[1] + 1;
        if (after < tokens.size() && isDeadline(tokens.get(after))) {
            return after;
        }
        int before = date[0] - 2;
        if (before >= 0 && LINKS.contains(tokens.get(date[0] - 1).text().toLowerCase(java.util.Locale.ROOT))
                && isDeadline(tokens.get(before))) {
            return before;
        }
        return -1;
    }

    /**
     * Whether the time at {@code date} is time given to do something: it follows "until" (or "till")
     * and an infinitive follows it ("until July 15 to agree"), not negated ("not ... until Friday"
     * dates the act itself, {@link EndBound#notUntil}).
     */
    static boolean given(List<Token> tokens, int[] date) {
        if (!EndBound.of(tokens, date[0])) {
            return false;
        }
        int to = date[1] + 1;
        return to + 1 < tokens.size() && tokens.get(to).is("to") && tokens.get(to + 1).verb();
    }

    /**
     * The verb that gives the time ("gave", "has" in "has until Friday to answer"): the nearest verb
     * before "until", whose subject and object are the parties to the deadline; -1 when none.
     */
    static int giver(List<Token> tokens, int[] date) {
        for (int k = date[0] - 2; k >= 0; k--) {
            Token t = tokens.get(k);
            if ((t.verb() || t.pos().equals("AUX")) && !t.capitalized()) {
                return k;
            }
            if (t.is(",") || t.is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the time at {@code date} dates a deadline, told either way. */
    static boolean dated(List<Token> tokens, int[] date) {
        return date[0] >= 0 && (noun(tokens, date) >= 0 || given(tokens, date));
    }

    private static boolean isDeadline(Token t) {
        return t.noun() && t.lemma().equals(DEADLINE);
    }
}
