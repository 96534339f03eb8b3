package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The launch", "the meeting" that names nobody is the happening the article named earlier by that noun. */
class DefiniteHappeningTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    @Test
    void shouldGiveTheTriedLaunchThePartiesOfTheEarlierLaunch() {
        List<EventCandidate> found = EXTRACTOR.extract("Brightwater Aerospace Ltd postponed the second launch of its "
                + "Kestrel rocket on Monday because of high winds.\n"
                + "The launch will be tried again on Saturday, the firm said.", REFERENCE);

        EventCandidate retry = found.stream().filter(c -> c.date().value().equals("2026-09-19")).findFirst().orElseThrow();
        assertEquals("launch", retry.action(), retry::toString);
        assertTrue(retry.participantNames().contains("Kestrel"), found::toString);
        assertEquals(found.get(0).participantNames(), retry.participantNames(), found::toString);
    }

    @Test
    void shouldNameNobodyWhenTheArticleNamedNoSuchHappeningBefore() {
        List<EventCandidate> found = EXTRACTOR.extract("Brightwater Aerospace Ltd hired forty engineers on Monday.\n"
                + "The launch will be tried again on Saturday.", REFERENCE);

        EventCandidate retry = found.stream().filter(c -> c.date().value().equals("2026-09-19")).findFirst().orElseThrow();
        assertEquals(List.of(), retry.participantNames(), retry::toString);
    }
}
