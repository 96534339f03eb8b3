package io.factline.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A newsroom's note that a party gave no answer — "The company did not respond to a request for comment on
 * Wednesday", "X could not be reached for comment on Monday", "did not return calls seeking comment" — tells
 * nothing the party did or denied; it dates only the reporter's asking. Read as an event it was a denial ("Santerra
 * Power does not respond to a request for comment", stance DENIES) that any later reply could be set against as a
 * contradiction. Such a candidate is dropped; other clauses of the sentence keep theirs.
 */
final class NoComment {

    /** Actions the note is made with. */
    private static final Set<String> ACTIONS = Set.of("respond", "reply", "return", "answer", "reach", "comment");
    private static final Pattern NOTE = Pattern.compile("(?i)\\b(?:(?:did|does|do|has|have|had|could|would|was|were)"
            + "(?:\\s+not|n't)\\s+(?:yet\\s+|immediately\\s+)?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)"
            + "\\s+(?:to\\s+)?(?:a\\s+|an\\s+|repeated\\s+|several\\s+|multiple\\s+|written\\s+)?"
            + "(?:requests?|calls?|e-?mails?|messages?|inquir(?:y|ies)|quer(?:y|ies)|questions?)"
            + "|\\b(?:could|can)(?:\\s+not|not|n't)\\s+(?:immediately\\s+)?be\\s+reached"
            + "|\\bdeclined\\s+to\\s+comment"
            // s15-deny: "would not comment on the reports", "had no comment"
            + "|\\b(?:would|will|did|does|could)(?:\\s+not|n't)\\s+(?:immediately\\s+)?comment"
            + "|\\bno\\s+(?:immediate\\s+|further\\s+)?comment)");

    private NoComment() {
    }

    /** Whether the candidate of {@code action} in {@code sentence} is such a note. */
    static boolean note(String action, String sentence) {
        return action != null && ACTIONS.contains(action) && NOTE.matcher(sentence).find();
    }
}
