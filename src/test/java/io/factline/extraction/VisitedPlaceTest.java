package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitedPlaceTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 4, 14);

    @Test
    void shouldTakeTheVisitedTownForTheLocation() {
        EventCandidate direct = ExtractedCandidates.only("Premier Sven Arholt visited Oster on Monday.", REFERENCE);
        EventCandidate phrase = ExtractedCandidates.only(
                "Premier Sven Arholt visited the flood-hit town of Oster on Monday.", REFERENCE);

        assertEquals("Oster", direct.location());
        assertEquals("Oster", phrase.location());
        assertEquals("visit", phrase.action());
    }

    @Test
    void shouldTakeATownBeforeASiteForTheLocation() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Premier Sven Arholt arrived in Oster on Sunday. He met volunteers at the Oster sports hall on Monday.",
                REFERENCE);

        assertEquals(2, found.size());
        assertEquals("meet", found.get(1).action());
        assertEquals("Oster", found.get(1).location());
    }

    @Test
    void shouldTakeATourForAVisit() {
        assertTrue(EventKinds.sameAction("tour", "visit"));
    }
}
