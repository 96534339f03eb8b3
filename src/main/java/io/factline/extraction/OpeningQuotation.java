package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;

/**
 * A statement whose words are quoted before who says them: "'No patient has died as a result of this
 * infection,' the chief executive told reporters on Friday", also when the attribution breaks the quote
 * ("'The satellite did not break apart,' X said, 'and we can still hear it.'"). What was said is the
 * opening quotation, so the statement's content is its first verb (not one of the quote's second half),
 * and its stance is read in the quoted clause, from that verb's own subject: "No patient has died"
 * denies a death, though the attribution after the quote negates nothing (session 10, s10-scend; s10-scenc's
 * {@link QuotedStatement} finds the content verb of a quotation before its speaker).
 */
final class OpeningQuotation {

    private OpeningQuotation() {
    }

    /**
     * The token range {@code [from, to)} inside a quotation that opens the sentence and closes before
     * the reporting verb at {@code anchor}; null when the sentence does not open with such a quotation.
     */
    static int[] opening(List<Token> tokens, int anchor) {
        if (tokens.isEmpty() || !tokens.get(0).is("\"")) {
            return null;
        }
        for (int k = 1; k < anchor && k < tokens.size(); k++) {
            if (tokens.get(k).is("\"")) {
                return k > 1 ? new int[] {1, k} : null;
            }
        }
        return null;
    }

    /**
     * The stance of a content verb inside the opening quotation, read from its subject's first word
     * ({@code subjectStart}) to the verb; null when the verb is not inside such a quotation.
     */
    static Stance stance(List<Token> tokens, int anchor, int contentVerb, int subjectStart) {
        int[] quote = opening(tokens, anchor);
        if (quote == null || contentVerb < quote[0] || contentVerb >= quote[1]) {
            return null;
        }
        int from = subjectStart >= quote[0] && subjectStart <= contentVerb ? subjectStart : quote[0];
        return EventStance.of(tokens, Attribution.NONE, from, contentVerb);
    }
}
