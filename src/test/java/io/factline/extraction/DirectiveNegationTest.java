package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import org.junit.jupiter.api.Test;

class DirectiveNegationTest {

    private static boolean directive(String sentence) {
        Tagged s = Tagged.of(sentence);
        return DirectiveNegation.of(s.tokens(), s.at("not"));
    }

    @Test
    void shouldReadNotToAfterAWarningOrRequestAsAnInstruction() {
        assertTrue(directive("The health board warned parents on Monday not to give the syrup to infants."));
        assertTrue(directive("Police urged motorists not to use the coast road until Friday."));
        assertTrue(directive("The union told its members not to cross the picket line."));
    }

    @Test
    void shouldKeepANegationThatDeniesWhatWasDone() {
        assertFalse(directive("The carmaker did not recall the vans in March."));
        assertFalse(directive("Regulators said they had warned the firm, and it chose not to stop production."));
    }

    @Test
    void shouldLeaveAWarningNotToEatTheProductAsserted() {
        Tagged s = Tagged.of("The Dorn food agency warned shoppers on Thursday not to eat the smoked trout.");

        assertEquals(Stance.ASSERTS, EventStance.of(s.tokens(), s.attribution(), 0, s.at("eat")));
    }
}
