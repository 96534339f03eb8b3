package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.List;
import java.util.Map;

/**
 * The denial a clause after ", as" tells without a time of its own ({@link DenyingClause}), dated as the
 * sentence's first time and quoting the clause alone.
 */
final class DenyingClauseCandidate {

    private DenyingClauseCandidate() {
    }

    /** The clause's denial; null when there is none, it already has a candidate or it denies nothing. */
    static EventCandidate of(CandidateBuilder build, FoundDate found, Sentence sentence, String text,
            Map<Integer, Boolean> anchored) {
        List<Token> tokens = build.analysis().tokens();
        int verb = DenyingClause.verb(tokens, build.analysis().dates());
        if (verb < 0 || anchored.putIfAbsent(verb, true) != null) {
            return null;
        }
        EventCandidate c = build.at(verb, new int[] {-1, -1}, found, sentence, text);
        if (c.stance() != Stance.DENIES) {
            return null;
        }
        int begin = sentence.begin() + tokens.get(DenyingClause.start(tokens, verb)).begin();
        return new EventCandidate(c.title(), c.kind(), c.action(), c.theme(), c.participants(), c.location(),
                c.date(), c.attributedTo(), c.stance(), text.substring(begin, sentence.end()), begin, sentence.end(),
                c.subject());
    }
}
