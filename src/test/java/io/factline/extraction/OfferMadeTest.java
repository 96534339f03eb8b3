package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An offer for a company told as offered, bid or approached with an offer is the offer sent. */
class OfferMadeTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellAPriceOfferedAndAnApproachWithAnOfferAsTheOfferMade() {
        EventCandidate offered = only("Brantwood Holdings offered 230 pence a share for Ellory Insurance on Monday.");
        EventCandidate approached = only("Brantwood Holdings approached Ellory Insurance on Sunday with a takeover proposal.");
        EventCandidate made = only("Brantwood Holdings made an offer for Ellory Insurance on Monday.");

        for (EventCandidate c : new EventCandidate[] {offered, approached, made}) {
            assertEquals("send", c.action(), c::toString);
            assertEquals(OfferMade.KIND, c.kind(), c::toString);
        }
        assertEquals(OfferMade.OFFER, offered.theme());
        assertEquals(OfferMade.OFFER, approached.theme());
        assertEquals("2026-09-13", approached.date().value());
        assertTrue(EventKinds.sameTheme("bid", OfferMade.OFFER));
        assertTrue(EventKinds.telling(OfferMade.KIND));
    }

    @Test
    void shouldTellAnOfferNamedBeforeItsParticipleAsTheOfferMade() {
        EventCandidate made = ExtractedCandidates.EXTRACTOR.extract(
                "Ellory rejected the first offer of 230 pence made on Monday.", REFERENCE).stream()
                .filter(c -> c.date().value().equals("2026-09-14")).findFirst().orElseThrow();

        assertEquals("send", made.action());
        assertEquals(OfferMade.OFFER, made.theme());
    }

    @Test
    void shouldReadAnInfinitiveTaggedADeterminerAsAVerb() {
        EventCandidate deadline = only("Brantwood has until October 2 to announce a firm offer.");

        assertEquals(EventKinds.DEADLINE, deadline.kind());
    }

    @Test
    void shouldKeepOtherThingsOfferedAndApproached() {
        assertNotEquals("send", only("The minister offered her condolences on Monday.").action());
        assertNotEquals("send", only("The tanker approached the harbour on Monday.").action());
        assertNotEquals("send", only("The crew bid farewell to the island on Monday.").action());
        assertEquals("send", only("Brantwood Holdings bid 2 billion euros for the port operator on Monday.").action());
    }
}
