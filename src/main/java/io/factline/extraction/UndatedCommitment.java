package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An attributed report with no date of what a side agreed, pledged or promised to do ("the other side
 * agreed to pause the shelling for a week, two officials briefed on the talks said") is a statement of the
 * publication day, as an undated attributed denial is ({@link UndatedStatement}): a commitment is what the
 * other side later denies having made ("denied on Sunday that it had agreed to pause the shelling"), and
 * without an event of its own that denial had nothing to deny (s13-lead, s14-conflict). Only commitments:
 * other undated reports stay without an event, as before, so an article's background sentences do not
 * become events of its publication day.
 */
final class UndatedCommitment {

    /** A word of commitment in the sentence: the cheap test before the sentence is analysed. */
    static final Pattern HINT = Pattern.compile("(?i)\\b(?:agree[ds]?|pledge[ds]?|promise[ds]?|committed|commits?)\\b");
    /** Verbs of a commitment, as the content verb of what was said. */
    private static final Set<String> COMMITTING = Set.of("agree", "pledge", "promise", "commit");

    private UndatedCommitment() {
    }

    /**
     * The candidate as a report of the commitment, or null when it reports none: an affirmed statement whose
     * content verb commits ("agreed to halt"), or is the verb committed to right after "agreed to" — then the
     * commitment's verb becomes the action ("agree", object "strike"), as a denial of it reads ("denied that it
     * had agreed to stop strikes": agree, strike), so that the two meet.
     */
    static EventCandidate reports(List<Token> tokens, EventCandidate candidate) {
        if (candidate.stance() != Stance.ASSERTS || !EventKinds.STATEMENT.equals(candidate.kind())) {
            return null;
        }
        if (COMMITTING.contains(candidate.action())) {
            return candidate;
        }
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token verb = tokens.get(k);
            if (verb.verb() && COMMITTING.contains(verb.lemma()) && tokens.get(k + 1).is("to")
                    && tokens.get(k + 2).lemma().equals(candidate.action())) {
                // AgreedTerm (s15-deny): "agreed to halt strikes" commits to a halt, as "no halt was agreed" denies.
                String term = AgreedTerm.term(tokens, k + 2);
                return new EventCandidate(candidate.title(), candidate.kind(), verb.lemma(),
                        term != null ? term : candidate.theme(),
                        candidate.participants(), candidate.location(), candidate.date(), candidate.attributedTo(),
                        candidate.stance(), candidate.quote(), candidate.quoteBegin(), candidate.quoteEnd(),
                        candidate.subject());
            }
        }
        return null;
    }
}
