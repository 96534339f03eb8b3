package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DerailmentTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldTellEveryWordingOfATrainLeavingTheRailsAsOneAct() {
        for (String s : new String[] {"A goods train came off the tracks at Pell on Friday.",
                "A goods train left the rails at Pell on Friday.", "A goods train derailed at Pell on Friday."}) {
            EventCandidate c = ExtractedCandidates.only(s, SATURDAY);

            assertEquals(Derailment.DERAIL, c.action(), c::toString);
        }
    }

    @Test
    void shouldLeaveOtherLeavingAlone() {
        EventCandidate c = ExtractedCandidates.only("The night train left the station at Pell on Friday.", SATURDAY);

        assertNotEquals(Derailment.DERAIL, c.action(), c::toString);
    }
}
