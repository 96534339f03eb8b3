package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import org.junit.jupiter.api.Test;

class AsideOutOfDenialTest {

    @Test
    void shouldTakeTheVerbOfACommaWhichClauseOutOfTheDenial() {
        Tagged s = Tagged.of("The airline denied that it had flown in cabin crews to break the walkout at Tessby, "
                + "which started on Monday.");

        assertTrue(AsideOutOfDenial.of(s.tokens(), s.at("denied"), s.at("started")));
        assertEquals(Stance.ASSERTS, EventStance.of(s.tokens(), s.attribution(), s.at("walkout") - 1, s.at("started")));
    }

    @Test
    void shouldKeepWhatIsDeniedUnderTheDenial() {
        Tagged s = Tagged.of("The airline denied that it had flown in cabin crews to break the walkout at Tessby, "
                + "which started on Monday.");

        assertFalse(AsideOutOfDenial.of(s.tokens(), s.at("denied"), s.at("flown")));
        assertEquals(Stance.DENIES, EventStance.of(s.tokens(), s.attribution(), s.at("it"), s.at("flown")));
    }

    @Test
    void shouldKeepADeniedVerbAfterTheAsideHasClosed() {
        Tagged s = Tagged.of("The minister denied that the plan, which was drafted in May, had been shelved.");

        assertTrue(AsideOutOfDenial.of(s.tokens(), s.at("denied"), s.at("drafted")));
        assertFalse(AsideOutOfDenial.of(s.tokens(), s.at("denied"), s.at("shelved")));
    }
}
