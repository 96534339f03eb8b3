package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusedActTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2029, 2, 9);

    @Test
    void shouldDateTheRefusalWhenTheTimeFollowsTheRefusedAct() {
        EventCandidate c = ExtractedCandidates.only(
                "The club captain, who refused to apologise to the referee on Wednesday, was dropped.", FRIDAY);

        assertEquals("refuse", c.action(), c::toString);
        assertEquals("2029-02-07", c.date().toString(), c::toString);
        assertEquals(Stance.ASSERTS, c.stance(), c::toString);
    }

    @Test
    void shouldTellTheRefusalAlikeWhereverTheTimeStands() {
        EventCandidate before = ExtractedCandidates.only(
                "Mayor Hedda Lorn refused on Wednesday to sign the harbour lease.", FRIDAY);
        EventCandidate after = ExtractedCandidates.only(
                "Mayor Hedda Lorn, who refused to sign the harbour lease on Wednesday, spoke to reporters.", FRIDAY);

        assertEquals(before.action(), after.action(), () -> before + " / " + after);
        assertEquals(before.kind(), after.kind(), () -> before + " / " + after);
        assertEquals(before.date(), after.date(), () -> before + " / " + after);
    }

    @Test
    void shouldDateTheDeclineAndTheFailureToo() {
        EventCandidate declined = ExtractedCandidates.only(
                "The bank, which declined to comment on the merger on Thursday, lost value.", FRIDAY);
        EventCandidate failed = ExtractedCandidates.only("The ferry's radio failed to work on Thursday.", FRIDAY);

        assertEquals("decline", declined.action(), declined::toString);
        assertEquals("fail", failed.action(), failed::toString);
    }

    @Test
    void shouldLeaveInfinitivesAfterOtherVerbsToTheirOwnRules() {
        EventCandidate planned = ExtractedCandidates.only("The museum plans to reopen on November 2.", FRIDAY);

        assertEquals("reopen", planned.action(), planned::toString);
    }
}
