package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Sentences that once made a rule throw, so that the ingest of their article answered 500. Most
 * were lookups of a word that is not there: {@code Set.of(...).contains(null)} throws.
 */
class UnusualSentencesTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);

    @Test
    void shouldReadAPassiveConfirmedWhoseSubjectIsAPronoun() {
        Tagged s = Tagged.of("It was confirmed on Tuesday that the harbour would close.");

        assertNull(Discovery.confirmedIncident(s.tokens(), s.at("confirmed")));
        assertEquals("2026-09-15", ExtractedCandidates.only(
                "It was confirmed on Tuesday that the harbour would close.", REFERENCE).date().value());
    }

    @Test
    void shouldNotTakeAVerbWithoutAnObjectForAMessageHandedOver() {
        assertFalse(MessageAct.lodged("make", null));
        assertFalse(MessageAct.lodged(null, "offer"));
        assertFalse(MessageAct.asked(null, "payment"));

        EventCandidate made = ExtractedCandidates.only("The ferry made it to the island on Tuesday.", REFERENCE);
        assertNotEquals("send", made.action());
        assertEquals("2026-09-15", made.date().value());
    }
}
