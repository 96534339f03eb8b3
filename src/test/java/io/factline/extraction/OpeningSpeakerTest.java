package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown lone name that opens an undated sentence and speaks is the person a following "he" means. */
class OpeningSpeakerTest {

    /** A Monday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 15);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static EventCandidate onSaturday(List<EventCandidate> found) {
        return found.stream().filter(c -> c.date().value().equals("2026-06-13")).findFirst().orElseThrow();
    }

    @Test
    void shouldGiveThePronounToTheNameThatOpenedTheSentenceBefore() {
        List<EventCandidate> found = EXTRACTOR.extract("Mayor Oskar Lindqvist opened the new bridge on Friday.\n"
                + "Halvorsen has repeatedly argued the bridge was too costly. On Saturday he told a local radio station "
                + "that the council had ignored the engineers.", REFERENCE);

        EventCandidate interview = onSaturday(found);
        assertEquals("Halvorsen", interview.attributedTo(), found::toString);
        assertEquals(List.of("Halvorsen"), interview.participantNames(), found::toString);
    }

    @Test
    void shouldNotTakeACommonNounThatOpensTheSentenceForAPerson() {
        List<EventCandidate> found = EXTRACTOR.extract("Mayor Oskar Lindqvist opened the new bridge on Friday.\n"
                + "Critics have argued the bridge was too costly. On Saturday he told a local radio station "
                + "that the council had ignored the engineers.", REFERENCE);

        assertEquals("Oskar Lindqvist", onSaturday(found).attributedTo(), found::toString);
    }

    @Test
    void shouldLeaveANameTheArticleWroteAsAPlace() {
        List<EventCandidate> found = EXTRACTOR.extract("Mayor Oskar Lindqvist flew to Tarvik on Friday.\n"
                + "Tarvik has insisted the bridge was too costly. On Saturday he told a local radio station "
                + "that the council had ignored the engineers.", REFERENCE);

        assertNotEquals("Tarvik", onSaturday(found).attributedTo(), found::toString);
    }
}
