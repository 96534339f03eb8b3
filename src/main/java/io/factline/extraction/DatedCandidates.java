package io.factline.extraction;

import java.util.Map;

/**
 * The candidates a time of the sentence dates: the act at the time's anchor ({@link DateAnchor}), and the
 * act done at a happening a possessive time dates ({@link DateAnchor#actAtOccasion}). An anchor makes at
 * most one candidate a sentence ({@code anchored}: the anchors that have one).
 */
final class DatedCandidates {

    private DatedCandidates() {
    }

    /**
     * The candidate the time at token span {@code date} dates; when its anchor has a candidate already,
     * an event noun between the anchor and the time ("… the talks on Monday"); null when there is none.
     */
    static EventCandidate at(CandidateBuilder build, int[] date, FoundDate found, Sentence sentence, String text,
            Map<Integer, Boolean> anchored) {
        DateAnchor anchors = build.analysis().anchors();
        int anchor = anchors.of(date);
        if (anchor >= 0 && anchored.containsKey(anchor)) {
            anchor = anchors.eventNounBetween(anchor, date[0]);
        }
        if (anchor < 0 || anchored.putIfAbsent(anchor, true) != null) {
            return null;
        }
        return build.at(anchor, date, found, sentence, text);
    }

    /**
     * The act done at a happening a possessive time dates ({@link DateAnchor#actAtOccasion}:
     * "offered a larger quota during Tuesday's talks" tells the talks and the offer, both of
     * Tuesday); null when there is none or it already has a candidate.
     */
    static EventCandidate atOccasion(CandidateBuilder build, int[] date, FoundDate found, Sentence sentence,
            String text, Map<Integer, Boolean> anchored) {
        SentenceAnalysis analysis = build.analysis();
        int act = analysis.anchors().actAtOccasion(date);
        if (act < 0 || analysis.attribution().covers(act) || anchored.putIfAbsent(act, true) != null) {
            return null;
        }
        return build.at(act, date, found, sentence, text);
    }
}
