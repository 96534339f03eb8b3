package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StateParticipleTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    @Test
    void shouldTakeAStateParticipleAfterANounForNoAct() {
        Tagged s = Tagged.of("The council moved families living near the dyke on Monday.");
        Tagged act = Tagged.of("Police stopped trucks carrying fuel on Monday.");

        assertTrue(StateParticiple.of(s.tokens(), s.at("living")));
        assertFalse(StateParticiple.of(act.tokens(), act.at("carrying")));
    }

    @Test
    void shouldDateTheVerbBeforeTheNoun() {
        EventCandidate move = ExtractedCandidates.only(
                "The council moved 300 families living near the dyke early on Monday.", REFERENCE);

        assertEquals("move", move.action());
        assertEquals("2026-10-12", move.date().value());
    }
}
