package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LendingTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 5, 14);

    @Test
    void shouldTellALoanFromTheLenderOrTheBorrower() {
        assertEquals(Lending.LEND, Lending.action("extend", "loan"));
        assertEquals(Lending.LEND, Lending.action("grant", "credit"));
        assertEquals(Lending.LEND, Lending.action("lend", null));
        assertEquals(Lending.BORROW, Lending.action("borrow", "facility"));
        assertEquals(Lending.BORROW, Lending.action("take", "loan"));
    }

    @Test
    void shouldKeepOtherThingsGivenOrExtended() {
        assertNull(Lending.action("extend", "deadline"));
        assertNull(Lending.action("give", "speech"));
        assertNull(Lending.action("take", "office"));
    }

    @Test
    void shouldPairLendingWithBorrowingAndReceivingAsTwoEndsOfOneAct() {
        assertTrue(EventKinds.sameOrConverseAction(Lending.LEND, Lending.BORROW));
        assertTrue(EventKinds.sameOrConverseAction("receive", Lending.LEND));
        assertTrue(EventKinds.sameOrConverseActions(Lending.BORROW).contains(Lending.LEND));
        assertFalse(EventKinds.sameAction(Lending.LEND, Lending.BORROW));
    }

    @Test
    void shouldExtractTheReportedLoanAndTheBorrowersDenial() {
        EventCandidate loan = ExtractedCandidates.only(
                "The reserve bank granted an emergency loan to Pellworth Bank on Tuesday, two people said.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Its chairman, Ilse Brandauer, said on Friday that Pellworth Bank had not borrowed from the emergency window.",
                REFERENCE);

        assertEquals(Lending.LEND, loan.action());
        assertEquals(EventKinds.TRANSFER, loan.kind());
        assertEquals(Lending.BORROW, denial.action());
        assertEquals(Stance.DENIES, denial.stance());
    }
}
