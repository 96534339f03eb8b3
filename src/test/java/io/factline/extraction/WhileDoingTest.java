package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WhileDoingTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 20);

    @Test
    void shouldDateTheActAWhileClauseHangsOn() {
        EventCandidate c = ExtractedCandidates.only(
                "Guards kicked the prisoner Omar Castell while moving him to a cell on Wednesday.", REFERENCE);

        assertEquals("2026-03-18", c.date().value());
        assertEquals(UseOfForce.FORCE, c.action());
    }

    @Test
    void shouldKeepAGerundWithoutWhileAsTheDatedAct() {
        EventCandidate c = ExtractedCandidates.only("The ministry began counting the ballots on Wednesday.", REFERENCE);

        assertEquals("2026-03-18", c.date().value());
    }
}
