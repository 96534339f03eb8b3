package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a quotation before its speaker names, and the spokesperson's organisation for "we". */
class QuotedParticipantsTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);

    private static EventCandidate last(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
        return found.get(found.size() - 1);
    }

    @Test
    void shouldNameThePeopleInsideTheQuotation() {
        EventCandidate denial = last("\"Marta Quill never received any payment from Anton Ferris,\" her lawyer, Ben Sato, "
                + "told reporters on Monday.");

        assertEquals(Stance.DENIES, denial.stance());
        assertTrue(denial.participantNames().contains("Marta Quill"), denial::toString);
        assertTrue(denial.participantNames().contains("Anton Ferris"), denial::toString);
    }

    @Test
    void shouldTakeTheSpokespersonsOrganisationForWe() {
        EventCandidate denial = last("The Velden Shipping Group called the report false. \"We have not met anyone "
                + "from Tessaro Freight,\" a Velden spokesman said on Monday.");

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("meet", denial.action());
        assertTrue(denial.participantNames().contains("Velden Shipping Group"), denial::toString);
    }
}
