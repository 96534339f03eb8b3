package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acts a time counted from another happening dates ({@link RelativeAct}: "sentenced on Friday, three
 * days after the jurors convicted her" dates the conviction; "Two days later, parliament voted" the vote),
 * each a candidate unless a time of the sentence dated it already.
 */
final class RelativeActCandidates {

    private RelativeActCandidates() {
    }

    /**
     * The sentence's counted acts, in the order {@link RelativeAct} finds them; {@code earlier} are the
     * article's candidates before the sentence and {@code story} the day an earlier sentence named.
     */
    static List<EventCandidate> of(CandidateBuilder build, List<FoundDate> found, Sentence sentence, String text,
            Map<Integer, Boolean> anchored, List<EventCandidate> earlier, LocalDate story) {
        SentenceAnalysis analysis = build.analysis();
        List<Token> tokens = analysis.tokens();
        List<int[]> spans = new ArrayList<>();
        for (FoundDate date : found) {
            spans.add(TokenSpan.of(tokens, date.begin(), date.end()));
        }
        List<EventCandidate> out = new ArrayList<>();
        for (RelativeAct.Dated dated : new RelativeAct(tokens, analysis.anchors()).of(found, spans, earlier, story)) {
            if (anchored.putIfAbsent(dated.act(), true) != null) {
                continue;
            }
            analysis.dates().add(new int[] {dated.offset().first(), dated.offset().last()}); // no part of a title
            int begin = tokens.get(dated.offset().first()).begin();
            int end = tokens.get(dated.offset().last()).end();
            FoundDate day = new FoundDate(sentence.text().substring(begin, end), begin, end, dated.date());
            EventCandidate candidate = build.at(dated.act(), new int[] {-1, -1}, day, sentence, text);
            if (candidate != null && !RelativeAct.ASPECTUAL.contains(candidate.action())
                    && !borrowed(analysis, candidate, dated)
                    && !NoComment.note(candidate.action(), sentence.text())) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** How many names of this kind the sentence has outside the clause {@code from..to}. */
    private static long outsideOfKind(SentenceAnalysis analysis, int from, int to, EntityKind kind) {
        return analysis.mentions().stream()
                .filter(m -> m.kind() != EntityKind.PLACE && (m.first() < from || m.first() >= to) && m.kind() == kind)
                .map(Mention::name).distinct().count();
    }

    /**
     * Whether an act counted from the sentence's day ("…, a day after the company recalled the products") names
     * only by reference ("the company", "it") someone the sentence names outside its clause, while the sentence
     * names two or more of that one's kind (session 17: "the retailer" is no guess beside one company and a
     * person): which one it means is a guess ({@link DefiniteCompany} takes the one named last, which may be the
     * other party), and a guessed doer makes a second event of the act rather than a wrong date.
     */
    private static boolean borrowed(SentenceAnalysis analysis, EventCandidate candidate, RelativeAct.Dated dated) {
        int from = dated.offset().anchor();
        if (from < 0 || dated.act() < from) {
            return false;
        }
        int to = analysis.clauses().end(from);
        Set<String> inside = new HashSet<>();
        for (Mention m : analysis.mentions()) {
            if (m.kind() != EntityKind.PLACE && m.first() >= from && m.first() < to) {
                inside.add(m.name());
            }
        }
        // Session 17 (s17-names): a guess only among names of the borrowed one's kind ("the retailer" is no person).
        return candidate.participants().stream().filter(p -> !inside.contains(p.name()))
                .anyMatch(p -> outsideOfKind(analysis, from, to, p.kind()) >= 2);
    }
}
