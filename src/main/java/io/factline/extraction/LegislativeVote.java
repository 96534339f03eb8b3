package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a legislature decides with these verbs ("the National Assembly approved the bill", "the
 * senate rejected the treaty", "lawmakers passed the budget") is its vote, which other outlets
 * report as "will vote on the bill": kind {@link EventKinds#VOTE}. With another subject the verbs
 * keep their own meaning ("the regulator approved the drug").
 */
final class LegislativeVote {

    static final Set<String> DECIDING = Set.of("approve", "pass", "adopt", "reject", "ratify", "endorse",
            "defeat", "override", "amend");
    /** Who votes on laws: the chamber by name or by noun, or its members. */
    private static final Set<String> LEGISLATURE = Set.of("parliament", "assembly", "senate", "congress",
            "legislature", "chamber", "council", "diet", "lawmakers", "legislators", "mps", "deputies", "senators",
            "councillors", "councilors", "congressmen", "parliamentarians");

    private LegislativeVote() {
    }

    /** Whether the action, done by the subject at {@code [subject[0], subject[1])}, is a legislature's vote. */
    static boolean is(String action, List<Token> tokens, int[] subject) {
        if (!DECIDING.contains(action)) {
            return false;
        }
        for (int k = Math.max(0, subject[0]); k < subject[1] && k < tokens.size(); k++) {
            if (LEGISLATURE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
