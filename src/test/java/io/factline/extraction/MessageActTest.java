package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Warned the council" is the warning handed to it; "warned that ..." stays a statement. */
class MessageActTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellAWarningToAnAddresseeAsTheWarningSent() {
        EventCandidate warned = only("The coastguard warned the harbour master about the swell on Monday, "
                + "a port official said.");
        EventCandidate sent = only("The coastguard sent a warning to the harbour master on Monday, a port official said.");

        assertEquals(EventKinds.TRANSFER, warned.kind());
        assertEquals("send", warned.action());
        assertEquals("warning", warned.theme());
        assertEquals(sent.action(), warned.action());
        assertEquals(sent.theme(), warned.theme());
        assertEquals("2026-09-14", warned.date().value());
    }

    @Test
    void shouldTellAnOfferMadeAsTheOfferSent() {
        EventCandidate made = only("Harbour United made a formal bid for the goalkeeper on Monday, "
                + "people close to the club said.");

        // s11-scena: an offer or a bid is an offer of its own kind (OfferMade), still the message sent.
        assertEquals(OfferMade.KIND, made.kind());
        assertEquals("send", made.action());
        assertEquals(OfferMade.OFFER, made.theme());
    }

    @Test
    void shouldTellAPaymentDemandedAsTheDemandSentAndDeniedAsNotReceived() {
        EventCandidate demanded = only("A gang of extortionists demanded a payment of two million crowns from "
                + "the water board on Monday, officials briefed on the case said.");
        EventCandidate denied = only("The water board has not received any payment demand, its director said on Tuesday.");

        assertEquals(EventKinds.TRANSFER, demanded.kind());
        assertEquals("send", demanded.action());
        assertEquals(MessageAct.DEMAND, demanded.theme());
        assertEquals("2026-09-14", demanded.date().value());
        assertEquals(Stance.DENIES, denied.stance());
        assertTrue(EventKinds.sameOrConverseAction(denied.action(), demanded.action()), denied::toString);
        assertTrue(EventKinds.sameTheme(denied.theme(), demanded.theme()), denied::toString);
    }

    @Test
    void shouldKeepADemandThatSaysSomethingNoDemandSent() {
        EventCandidate statement = only("The mayor demanded on Monday that the water board publish its accounts.");

        assertNotEquals("send", statement.action());
    }

    @Test
    void shouldKeepAWarningThatSaysSomethingAStatement() {
        EventCandidate warning = only("The coastguard warned on Monday that the swell would reach the harbour.");

        assertEquals(EventKinds.STATEMENT, warning.kind());
    }

    @Test
    void shouldTakeNoParticipleBeforeANounForWhatAStatementSays() {
        EventCandidate statement = only("Ferry captain Ola Brekke said the coastguard had cautioned the crew "
                + "about the rising river last week.");

        assertEquals("send", statement.action());
        assertEquals("warning", statement.theme());
    }
}
