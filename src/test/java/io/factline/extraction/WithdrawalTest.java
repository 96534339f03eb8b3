package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pulling something from a happening, or pulling out of it, is withdrawing from that happening. */
class WithdrawalTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 14);

    @Test
    void shouldTakeWhatSomethingIsPulledFromAsTheObject() {
        EventCandidate pulled = ExtractedCandidates.only(
                "Tarn Foods pulled its two trucks from the harvest parade on Monday.", REFERENCE);

        assertEquals(Withdrawal.WITHDRAW, pulled.action());
        assertEquals("parade", pulled.theme());
    }

    @Test
    void shouldReadADeniedPullingOutAsTheSameWithdrawal() {
        EventCandidate denial = ExtractedCandidates.only(
                "Festival director Ilse Marek denied on Wednesday that any sponsor had pulled out of the parade.", REFERENCE);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals(Withdrawal.WITHDRAW, denial.action());
        assertEquals("parade", denial.theme());
    }

    @Test
    void shouldKeepTheObjectOfAWithdrawalFromNothingNamed() {
        EventCandidate withdrawn = ExtractedCandidates.only("Harlow Shipping withdrew its offer on Monday.", REFERENCE);

        assertEquals("withdraw", withdrawn.action());
        assertEquals("offer", withdrawn.theme());
    }

    @Test
    void shouldLinkTheDenialToTheWithdrawalItDenies() {
        EventCandidate pulled = ExtractedCandidates.only(
                "Tarn Foods pulled its two trucks from the harvest parade on Monday.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Festival director Ilse Marek denied on Wednesday that any sponsor had pulled out of the parade.", REFERENCE);
        var asserted = new EventMatcher.Features(1, java.util.Set.of(10L), pulled.kind(), pulled.action(), pulled.theme(),
                null, pulled.date(), java.util.Set.of(100L));
        var denying = new EventMatcher.Features(2, java.util.Set.of(20L), denial.kind(), denial.action(), denial.theme(),
                null, denial.date(), java.util.Set.of(200L));

        assertEquals(true, EventMatcher.denies(denying, asserted, true));
    }
}
