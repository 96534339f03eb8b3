package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Money paid is money handed over; a denial naming both ends of it reaches back as far as the act. */
class PaymentTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 20);
    private static final long BUILDER = 1;
    private static final long INSPECTOR = 2;

    @Test
    void shouldTellASumPaidAsAHandingOver() {
        EventCandidate paid = ExtractedCandidates.only("The builder paid the inspector 5,000 euros in June last year.", REFERENCE);

        assertEquals(Payment.PAY, paid.action());
        assertEquals(EventKinds.TRANSFER, paid.kind());
        assertTrue(EventKinds.sameOrConverseAction("receive", Payment.PAY));
    }

    @Test
    void shouldKeepAVisitPaid() {
        EventCandidate visit = ExtractedCandidates.only("The delegation paid a visit to the shipyard on Monday.", REFERENCE);

        assertNotEquals(EventKinds.TRANSFER, visit.kind());
    }

    @Test
    void shouldLinkADenialNamingBothEndsOfAnOldPayment() {
        var paid = new EventMatcher.Features(10, Set.of(BUILDER, INSPECTOR), EventKinds.TRANSFER, Payment.PAY, "euro", null,
                EdtfDate.parse("2025-06"), Set.of(1L));
        var bothNamed = new EventMatcher.Features(20, Set.of(BUILDER, INSPECTOR), EventKinds.STATEMENT, "receive", "money",
                null, EdtfDate.parse("2026-05-19"), Set.of(2L));
        var oneNamed = new EventMatcher.Features(21, Set.of(INSPECTOR), EventKinds.STATEMENT, "receive", "money",
                null, EdtfDate.parse("2026-05-19"), Set.of(2L));

        assertTrue(EventMatcher.denies(bothNamed, paid, true));
        assertFalse(EventMatcher.denies(oneNamed, paid, true));
    }
}
