package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoCommentTest {

    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2031, 11, 25);

    @Test
    void shouldMakeNoDenialOfAnUnansweredRequestForComment() {
        List<EventCandidate> none = ExtractedCandidates.EXTRACTOR.extract(
                "The shipyard did not respond to a request for comment on Monday.", TUESDAY);
        List<EventCandidate> unreached = ExtractedCandidates.EXTRACTOR.extract(
                "Halvard Moen, the yard's owner, could not be reached for comment on Monday.", TUESDAY);

        assertTrue(none.isEmpty(), none::toString);
        assertTrue(unreached.stream().noneMatch(c -> c.stance() == Stance.DENIES), unreached::toString);
    }

    @Test
    void shouldKeepAReplyThatWasGiven() {
        EventCandidate replied = ExtractedCandidates.only("The shipyard responded to the union's letter on Monday.", TUESDAY);

        assertEquals("respond", replied.action());
        assertEquals(Stance.ASSERTS, replied.stance());
    }
}
