package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Phrasal verbs told for one act ({@link EventKinds#phrasal}), session 15 (s15-domains). */
class PhrasalSynonymTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2036, 2, 13);

    @Test
    void shouldReadARoofThatCavedInAsACollapse() {
        EventCandidate c = ExtractedCandidates.only("Part of the roof of the old grain store caved in on Monday.", WEDNESDAY);

        assertEquals("collapse", c.action());
        assertEquals("collapse", c.kind());
        assertEquals("2036-02-11", c.date().value());
    }

    @Test
    void shouldReadATurnedDownOfferAsARejection() {
        EventCandidate c = ExtractedCandidates.only("Norrland Foods turned down a takeover offer from Vask Capital on Monday.",
                WEDNESDAY);

        assertEquals("reject", c.action());
        assertEquals("offer", c.theme());
        assertTrue(c.participantNames().contains("Vask Capital"), c::toString);
    }
}
