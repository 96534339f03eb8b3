package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UseOfForceTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 20);

    @Test
    void shouldTakeABeatingAndUsedForceForOneAct() {
        EventCandidate beating = ExtractedCandidates.only(
                "Prison guards beat the journalist Omar Castell on Tuesday, his lawyer said.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "The prison director said on Thursday that no guard had used force against Castell.", REFERENCE);

        assertEquals(UseOfForce.FORCE, beating.action());
        assertEquals(UseOfForce.FORCE, beating.kind());
        assertEquals(UseOfForce.FORCE, denial.action());
        assertEquals(EventKinds.STATEMENT, denial.kind());
    }

    @Test
    void shouldKeepAWinOverATeamAsAWin() {
        EventCandidate win = ExtractedCandidates.only("The home side beat Rovers 3-1 on Tuesday.", REFERENCE);

        assertNotEquals(UseOfForce.FORCE, win.action());
    }
}
