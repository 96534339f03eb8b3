package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** s17-verbs: a vehicle that strikes, hits or rams another is the crash (acts.txt, class vehicle). */
class VehicleCrashTest {

    private static final LocalDate REFERENCE = LocalDate.of(2031, 6, 12);

    @Test
    void shouldReadAVehicleStruckOrCollidedWithAsTheCrash() {
        EventCandidate struck = ExtractedCandidates.only("A freight train struck a bus at a crossing in Lorne on Sunday.", REFERENCE);
        EventCandidate collided = ExtractedCandidates.only("Two trains collided near Lorne on Sunday.", REFERENCE);
        EventCandidate hit = ExtractedCandidates.only("A trawler hit a ferry outside the harbour on Sunday.", REFERENCE);
        assertEquals(EventKinds.CRASH, struck.kind());
        assertEquals(EventKinds.CRASH, collided.kind());
        assertEquals(EventKinds.CRASH, hit.kind());
        assertTrue(EventKinds.sameAction(struck.action(), collided.action()));
        assertTrue(EventKinds.sameAction(collided.action(), "collision"));
    }

    @Test
    void shouldKeepStrikesAndHitsOfOtherThings() {
        assertNotEquals(EventKinds.CRASH, ExtractedCandidates.only("The company struck a deal with its lenders on Monday.",
                REFERENCE).kind());
        assertNotEquals(EventKinds.CRASH, ExtractedCandidates.only("A storm hit the coast of Brevia on Monday.", REFERENCE).kind());
        assertNotEquals(EventKinds.CRASH, ExtractedCandidates.only("Nurses went on strike at the Kell hospital on Monday.",
                REFERENCE).kind());
    }
}
