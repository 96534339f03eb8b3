package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WiderPlaceTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 18);

    @Test
    void shouldTakeTheCityForAnEventInOneOfItsSuburbs() {
        EventCandidate c = ExtractedCandidates.only(
                "Police detained Anna Kovalenko on Monday at her flat in the Dorrin suburb of Kelva.", REFERENCE);

        assertEquals("Dorrin", c.location());
        assertTrue(c.participants().stream().noneMatch(p -> p.name().equals("Dorrin")), c::toString);
        assertTrue(c.participants().stream().anyMatch(p -> p.name().equals("Anna Kovalenko")), c::toString);
    }

    @Test
    void shouldKeepAPlaceNamedAlone() {
        EventCandidate c = ExtractedCandidates.only("Police detained Anna Kovalenko on Monday in Kelva.", REFERENCE);

        assertEquals("Kelva", c.location());
    }
}
