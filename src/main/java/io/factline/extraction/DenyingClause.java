package io.factline.extraction;

import java.util.List;

/**
 * A denial told in a clause joined to the sentence's dated act by ", as" or ", while", with no time of
 * its own: "The government on Monday pledged aid to the coast, as the head of the agency denied that the
 * sirens had failed." The time belongs to the first clause, so before only the pledge was read and the
 * denial — what another outlet's "the sirens failed on Friday night" is contradicted by — was lost. Said
 * "as" the dated act was done, the denial is of that day too; it is read as a statement of its own with
 * that date ({@link DenyingClauseCandidate}), quoting the clause alone, and linked to what it denies like any other.
 */
final class DenyingClause {

    /** How far after "as" the denying verb may stand: a subject of a few words ("the head of the agency"). */
    private static final int REACH = 10;

    private DenyingClause() {
    }

    /**
     * The denying verb ("denied") of such a clause, or -1 when the sentence has none. {@code dates} are
     * the token spans of the sentence's times: the clause must hold none.
     */
    static int verb(List<Token> tokens, List<int[]> dates) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).is(",") || !(tokens.get(k + 1).is("as") || tokens.get(k + 1).is("while"))) {
                continue;
            }
            int comma = k;
            if (dates.isEmpty() || dates.stream().anyMatch(d -> d[0] > comma) || dates.stream().allMatch(d -> d[0] < 0)) {
                return -1;
            }
            for (int j = k + 2; j < tokens.size() && j <= k + 1 + REACH; j++) {
                Token t = tokens.get(j);
                if (t.is(",") || t.is(";")) {
                    break;
                }
                if (t.verb() && t.lemma().equals("deny") && j + 1 < tokens.size() && j > k + 2) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * The first word of the denying clause of {@code verb} (the word after "as"): the claim quotes the clause,
     * not the dated act before it, which is a claim of its own.
     */
    static int start(List<Token> tokens, int verb) {
        for (int k = verb - 1; k > 0; k--) {
            if ((tokens.get(k).is("as") || tokens.get(k).is("while")) && tokens.get(k - 1).is(",")) {
                return k + 1;
            }
        }
        return 0;
    }
}
