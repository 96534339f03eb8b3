package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.Tense;
import org.junit.jupiter.api.Test;

class TakenDecisionTest {

    @Test
    void shouldLookBackFromADecisionWhoseResultsAPerfectTells() {
        assertEquals(Tense.PAST, VerbTenseTest.tenseOf(
                "Marlow Rail's decision to close the depot on Friday has left forty drivers without work.", "close"));
        assertEquals(Tense.PAST, VerbTenseTest.tenseOf(
                "The council's move to shut the bridge on Monday has already doubled journey times.", "shut"));
    }

    @Test
    void shouldKeepADecisionOrPlanWithoutAPerfectOfItsResultsAhead() {
        assertEquals(Tense.FUTURE, VerbTenseTest.tenseOf("The decision to close the depot on Friday angered the drivers.", "close"));
        assertEquals(Tense.FUTURE, VerbTenseTest.tenseOf("The decision to close the depot on Friday has been criticised.", "close"));
        assertEquals(Tense.FUTURE, VerbTenseTest.tenseOf("The plan to close the depot on Friday has left drivers worried.", "close"));
        assertEquals(Tense.FUTURE, VerbTenseTest.tenseOf("Marlow Rail defended its decision to close the depot on Friday.", "close"));
    }
}
