package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FireStartTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 7, 15);

    @Test
    void shouldTakeEveryVerbOfStartingAFireForOneAct() {
        assertEquals(FireStart.IGNITE, FireStart.action("spark", "blaze"));
        assertEquals(FireStart.IGNITE, FireStart.action("cause", "fire"));
        assertEquals(FireStart.IGNITE, FireStart.action("start", "wildfire"));
    }

    @Test
    void shouldKeepOtherThingsStartedOrCaused() {
        assertNull(FireStart.action("start", "talks"));
        assertNull(FireStart.action("cause", "delay"));
    }

    @Test
    void shouldMakeAFindingAndItsDenialTellTheSameAct() {
        EventCandidate finding = ExtractedCandidates.only(
                "Investigators said on Monday that a faulty heater at the depot started the fire.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Halvard Strand, who owns the depot, said on Wednesday that the heater had not caused the blaze.", REFERENCE);

        assertEquals(FireStart.IGNITE, finding.action());
        assertEquals(FireStart.IGNITE, denial.action());
        assertEquals(io.factline.claim.Stance.DENIES, denial.stance());
    }

    @Test
    void shouldTakeANamedFireBreakingOutForTheFire() {
        EventCandidate c = ExtractedCandidates.only("The Harrow Ridge Fire broke out on Sunday near the reservoir.", REFERENCE);

        assertEquals("fire", c.action());
        assertEquals("2027-07-11", c.date().value());
    }
}
