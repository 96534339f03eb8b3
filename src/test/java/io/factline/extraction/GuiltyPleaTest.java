package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Pleaded guilty to X" and "admitted X" (an offence) are one plea; "admitted that ..." stays a statement. */
class GuiltyPleaTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 20);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellPleadedGuiltyAndAdmittedAnOffenceAsOnePlea() {
        EventCandidate pleaded = only("Corvo Bianchi, who pleaded guilty to fraud in March, testified against his partner.");
        EventCandidate admitted = only("Corvo Bianchi admitted two counts of fraud in March.");

        assertEquals(GuiltyPlea.PLEAD, pleaded.action());
        assertEquals(GuiltyPlea.GUILTY, pleaded.theme());
        assertEquals(GuiltyPlea.PLEA, pleaded.kind());
        assertEquals("2026-03", pleaded.date().value());
        assertEquals(GuiltyPlea.PLEAD, admitted.action());
        assertEquals(GuiltyPlea.PLEA, admitted.kind());
    }

    @Test
    void shouldTellPleadedNotGuiltyAsTheOtherPlea() {
        EventCandidate denied = only("The two dockers pleaded not guilty on Tuesday.");

        assertEquals(GuiltyPlea.PLEAD, denied.action());
        assertEquals(GuiltyPlea.NOT_GUILTY, denied.theme());
    }

    @Test
    void shouldKeepAnAdmissionOfSomethingSaidAStatement() {
        EventCandidate admitted = only("The harbour board admitted on Monday that the figures were wrong.");

        assertEquals(EventKinds.STATEMENT, admitted.kind());
    }
}
