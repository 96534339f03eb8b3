package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShellingTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldTellProjectilesArrivingAsFireOnThePlaceTheyHit() {
        EventCandidate c = ExtractedCandidates.only("Rockets struck a fuel depot in Harlin on Wednesday night.", SATURDAY);

        assertEquals(Shelling.SHELL, c.action(), c::toString);
        assertEquals(EventKinds.CONFLICT, c.kind());
        assertEquals("harlin", c.theme());
        assertTrue(c.participantNames().isEmpty(), c::toString);
    }

    @Test
    void shouldTellShellingByItsVerb() {
        EventCandidate c = ExtractedCandidates.only("The army shelled the village of Orsk on Monday, residents said.", SATURDAY);

        assertEquals(Shelling.SHELL, c.action(), c::toString);
        assertEquals("orsk", c.theme());
    }

    @Test
    void shouldLeaveAStrikeOfWorkersAndADismissalAlone() {
        EventCandidate fired = ExtractedCandidates.only("The club fired its coach on Monday.", SATURDAY);
        EventCandidate strike = ExtractedCandidates.only("Dockers in Harlin struck on Monday over pay.", SATURDAY);

        assertNotEquals(Shelling.SHELL, fired.action(), fired::toString);
        assertNotEquals(Shelling.SHELL, strike.action(), strike::toString);
    }
}
