package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rule that throws on one sentence loses that sentence, never the article. */
class SentenceGuardTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);
    private static final String URL = "https://wire-g.example/2026/09/16/ferry";
    private static final Sentence SENTENCE = new Sentence("The ferry sailed on Monday.", 40, 1, false);

    private final AtomicInteger skipped = new AtomicInteger();
    private final SentenceGuard guard = new SentenceGuard(skipped::incrementAndGet);

    @Test
    void shouldPassOnTheCandidatesOfASentenceThatReadsWell() {
        EventCandidate candidate = ExtractedCandidates.only("The ferry sailed on Monday.", REFERENCE);

        List<EventCandidate> kept = guard.run(URL, SENTENCE, () -> List.of(candidate));

        assertEquals(List.of(candidate), kept);
        assertEquals(0, skipped.get());
    }

    @Test
    void shouldSkipASentenceWhoseExtractionThrowsAndCountItOnce() {
        List<EventCandidate> kept = guard.run(URL, SENTENCE, () -> {
            throw new IllegalStateException("a rule tripped");
        });

        assertEquals(List.of(), kept);
        assertEquals(1, skipped.get());
    }

    @Test
    void shouldLetAnErrorThrough() {
        assertThrows(StackOverflowError.class, () -> guard.run(URL, SENTENCE, () -> {
            throw new StackOverflowError();
        }));
        assertEquals(0, skipped.get());
    }

    @Test
    void shouldKeepTheOtherSentencesOfAnArticleWhenARuleThrowsOnOne() {
        String text = "The ferry operator cancelled the crossing on Monday. "
                + "Harbour staff painted the pier orange on Tuesday. "
                + "The crossing resumed on Thursday, the operator said.";
        EventExtractor.PerSentence throwingOnPaint = (sentence, extraction) -> guard.run(URL, sentence, () -> {
            List<EventCandidate> found = extraction.get();
            if (sentence.text().contains("painted")) {
                throw new IllegalArgumentException("a rule tripped on " + sentence.begin());
            }
            return found;
        });

        List<EventCandidate> all = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE, Map.of());
        List<EventCandidate> kept = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE, Map.of(), throwingOnPaint);

        assertEquals(1, skipped.get());
        assertEquals(all.stream().filter(c -> !c.quote().contains("painted")).toList(), kept);
        assertTrue(kept.size() >= 2, kept::toString);
        assertTrue(all.size() > kept.size(), all::toString);
    }
}
