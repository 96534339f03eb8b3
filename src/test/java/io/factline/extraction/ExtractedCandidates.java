package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.TemporalTagger;
import java.time.LocalDate;
import java.util.List;

/** The extractor the rule tests share (its models load once), and the one candidate a sentence yields. */
final class ExtractedCandidates {

    static final EventExtractor EXTRACTOR = new EventExtractor(Nlp.english(), new DateFinder(new TemporalTagger()));

    private ExtractedCandidates() {
    }

    /** The only candidate the text yields against the reference date; fails the test when there is not exactly one. */
    static EventCandidate only(String text, LocalDate reference) {
        List<EventCandidate> found = EXTRACTOR.extract(text, reference);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
