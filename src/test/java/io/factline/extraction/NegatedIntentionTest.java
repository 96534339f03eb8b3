package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undated sentences that deny nothing done (s15-deny), written for this test. */
class NegatedIntentionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);

    @Test
    void shouldMakeNoDenialOfANegatedFuture() {
        assertNone("Valk will not meet the dockers' union again, spokesman Ivo Brandt said.");
        assertNone("Valk won't meet the dockers' union again, spokesman Ivo Brandt said.");
    }

    @Test
    void shouldMakeNoDenialOfANegatedIntention() {
        assertNone("Valk does not plan to meet the dockers' union again, spokesman Ivo Brandt said.");
    }

    @Test
    void shouldMakeNoDenialOfNoComment() {
        assertNone("Spokesman Ivo Brandt said Harrowgate Depots would not comment on reports about the sprinklers.");
    }

    @Test
    void shouldStillDenyAPastActNegated() {
        EventCandidate denial = ExtractedCandidates.only(
                "Valk did not meet the dockers' union, spokesman Ivo Brandt said.", PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("meet", denial.action());
    }

    private static void assertNone(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, PUBLISHED);
        assertTrue(found.isEmpty(), found::toString);
    }
}
