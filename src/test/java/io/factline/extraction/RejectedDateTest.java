package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date a source rejects dates nothing (s10-scend): {@link RejectedDate}, and midnight dates its day. */
class RejectedDateTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 6, 9);

    @Test
    void shouldDateTheDayTheSourceGivesNotTheOneItRejects() {
        EventCandidate c = ExtractedCandidates.only(
                "The water main burst on Saturday, not on Friday as first reported, according to the water board.", REFERENCE);

        assertEquals("2027-06-05", c.date().value());
        assertEquals(Stance.ASSERTS, c.stance());
    }

    @Test
    void shouldAssertAnActWhoseDayIsCorrected() {
        EventCandidate c = ExtractedCandidates.only(
                "The tunnel did not reopen on Monday but on Tuesday, the operator said.", REFERENCE);

        assertEquals("2027-06-08", c.date().value());
        assertEquals("reopen", c.action());
        assertEquals(Stance.ASSERTS, c.stance());
    }

    @Test
    void shouldAssertAQuotedActWhoseDayIsCorrected() {
        EventCandidate c = ExtractedCandidates.only(
                "\"The tunnel did not reopen on Monday but on Tuesday,\" the operator said.", REFERENCE);

        assertEquals("2027-06-08", c.date().value());
        assertEquals(Stance.ASSERTS, c.stance());
    }

    @Test
    void shouldStillDenyAnActNegatedWithoutCorrection() {
        EventCandidate c = ExtractedCandidates.only("The tunnel did not reopen on Monday, the operator said.", REFERENCE);

        assertEquals(Stance.DENIES, c.stance());
    }

    @Test
    void shouldDateWhatHappenedShortlyAfterMidnight() {
        EventCandidate c = ExtractedCandidates.only("The main cable snapped shortly after midnight on Sunday.", REFERENCE);

        assertEquals("2027-06-06", c.date().value());
        assertEquals("snap", c.action());
    }

    @Test
    void shouldReadMidnightAsItsDay() {
        assertEquals("2027-06-06", DateFinder.dayOfMidnight("2027-06-06T24:00:00"));
        assertEquals("2027-06-06T23:00:00", DateFinder.dayOfMidnight("2027-06-06T23:00:00"));
    }
}
