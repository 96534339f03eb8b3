package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;

/**
 * The statement an attributed sentence with no time of its own makes on the reference day: a denial
 * ("Putin has not received any proposals, Peskov added") or a report of a commitment
 * ({@link UndatedCommitment}), so that a denial can meet what it denies.
 */
final class UndatedStatement {

    private UndatedStatement() {
    }

    /**
     * An attributed denial with no date of its own: a statement made on {@code day}. Null when the sentence
     * is no denial attributed to a name or an unnamed source (a headline's "Minister says no draft has
     * arrived" is not one).
     */
    static EventCandidate denial(CandidateBuilder build, FoundDate day, Sentence sentence, String text) {
        SentenceAnalysis analysis = build.analysis();
        if (!attributedToSomeone(analysis)) {
            // RejectedReport (s15-deny): "Brannock Ports dismissed claims that the gate had been opened."
            int rejecting = RejectedReport.namedRejection(analysis.tokens(), analysis.mentions());
            if (rejecting < 0) {
                return null;
            }
            return denying(analysis, build.at(rejecting, new int[] {-1, -1}, day, sentence, text), sentence);
        }
        EventCandidate candidate = build.at(analysis.attribution().verbIndex(), new int[] {-1, -1}, day, sentence, text);
        return denying(analysis, candidate, sentence);
    }

    /**
     * An attributed report of a commitment with no date of its own ({@link UndatedCommitment}): a statement
     * made on {@code day}. Null when the sentence is not attributed to a name or an unnamed source (any
     * phrase of one: "two officials briefed on the talks"), or reports no commitment made.
     */
    static EventCandidate commitment(CandidateBuilder build, FoundDate day, Sentence sentence, String text) {
        SentenceAnalysis analysis = build.analysis();
        Attribution attribution = analysis.attribution();
        if (!attributedToSomeone(analysis)
                && !(attribution.verbIndex() >= 0 && Attribution.unnamed(attribution.source()))) {
            return null;
        }
        EventCandidate candidate = build.at(attribution.verbIndex(), new int[] {-1, -1}, day, sentence, text);
        return UndatedCommitment.reports(analysis.tokens(), candidate);
    }

    /**
     * The undated candidate when it denies something done: not a negated future or intention
     * ({@link NegatedIntention}: "will not meet them again") nor a note that no comment was given
     * ({@link NoComment}: "would not comment on the reports"), session 15 (s15-deny).
     */
    private static EventCandidate denying(SentenceAnalysis analysis, EventCandidate candidate, Sentence sentence) {
        boolean denies = candidate.stance() == Stance.DENIES && !NegatedIntention.of(analysis.tokens())
                && !NoComment.note(candidate.action(), sentence.text());
        return denies ? candidate : null;
    }

    /** Whether the sentence's attribution names someone the sentence names, or an unnamed source. */
    private static boolean attributedToSomeone(SentenceAnalysis analysis) {
        Attribution attribution = analysis.attribution();
        List<Token> tokens = analysis.tokens();
        String source = attribution.source();
        return source != null && attribution.verbIndex() >= 0 && (source.equals(analysis.context().anonymousSource())
                || analysis.mentions().stream().anyMatch(m -> source.startsWith(m.name()))
                || PronounSpeaker.resolved(tokens, attribution)
                // s17-anaphora: "The union denied …": a body named by its common noun is someone too.
                || CollectiveSpeaker.is(tokens, attribution));
    }
}
