package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The company" stands for the company the article named last. */
class DefiniteCompanyTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    @Test
    void shouldTakeTheCompanyForTheCompanyNamedBefore() {
        List<EventCandidate> found = EXTRACTOR.extract("Unions have criticised Tarvik Logistics.\n"
                + "The company will close its depot in Brenmoor on Friday.", REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("Tarvik Logistics"), found.get(0).participantNames());
    }

    @Test
    void shouldNotTakeACompanyNamedOnlyLaterInTheSentence() {
        List<EventCandidate> found = EXTRACTOR.extract(
                "The firm will sign a lease with Ostrava Holdings on Friday.", REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).participantNames().stream().noneMatch(n -> n.equals("Ostrava Holdings")
                && found.get(0).title().startsWith("Ostrava")), found.get(0)::toString);
    }
}
