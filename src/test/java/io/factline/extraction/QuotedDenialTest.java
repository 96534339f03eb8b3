package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Denials in quotes and reported speech (s10-scend): {@link QuotedStatement}, {@link NegatedGround}, negative subjects. */
class QuotedDenialTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 6, 9);

    @Test
    void shouldDenyWhatAQuoteBeforeItsAttributionNegates() {
        EventCandidate c = ExtractedCandidates.only(
                "\"No passenger was hurt in the derailment,\" the operator's spokesman, Ivo Brandt, said on Monday.", REFERENCE);

        assertEquals(EventKinds.STATEMENT, c.kind());
        assertEquals("hurt", c.action());
        assertEquals(Stance.DENIES, c.stance());
    }

    @Test
    void shouldReadTheFirstHalfOfAQuoteTheAttributionBreaks() {
        EventCandidate c = ExtractedCandidates.only(
                "\"The probe did not crash,\" Mara Kessel said on Tuesday, \"and we still hear its beacon.\"", REFERENCE);

        assertEquals("crash", c.action());
        assertEquals(Stance.DENIES, c.stance());
    }

    @Test
    void shouldDenyAClauseThereIsNoEvidenceFor() {
        EventCandidate c = ExtractedCandidates.only(
                "\"There is no evidence that the tunnel has flooded,\" Mara Kessel said on Tuesday.", REFERENCE);

        assertEquals("flood", c.action());
        assertEquals(Stance.DENIES, c.stance());
    }

    @Test
    void shouldKeepAClauseThereIsNoDoubtAbout() {
        Tagged s = Tagged.of("There is no doubt that the tunnel flooded.");

        assertEquals(false, NegatedGround.denies(s.tokens(), s.at("flooded")));
    }

    @Test
    void shouldDenyWhatNobodyDid() {
        EventCandidate c = ExtractedCandidates.only(
                "\"Nobody was evacuated from the tower,\" Mara Kessel said on Tuesday.", REFERENCE);

        assertEquals(Stance.DENIES, c.stance());
    }

    @Test
    void shouldLeaveAQuoteThatNegatesNothingAsserted() {
        EventCandidate c = ExtractedCandidates.only(
                "\"The tunnel flooded within an hour,\" Mara Kessel said on Tuesday.", REFERENCE);

        assertEquals("flood", c.action());
        assertEquals(Stance.ASSERTS, c.stance());
    }
}
