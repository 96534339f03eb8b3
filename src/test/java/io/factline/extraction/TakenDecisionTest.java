package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

class TakenDecisionTest {

    private static Tense tenseOf(String sentence, String verb) {
        List<Token> tokens = Nlp.english().tokens(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(verb)) {
                return VerbTense.of(tokens, k);
            }
        }
        throw new AssertionError(verb + " not in " + tokens);
    }

    @Test
    void shouldLookBackFromADecisionWhoseResultsAPerfectTells() {
        assertEquals(Tense.PAST, tenseOf(
                "Marlow Rail's decision to close the depot on Friday has left forty drivers without work.", "close"));
        assertEquals(Tense.PAST, tenseOf(
                "The council's move to shut the bridge on Monday has already doubled journey times.", "shut"));
    }

    @Test
    void shouldKeepADecisionOrPlanWithoutAPerfectOfItsResultsAhead() {
        assertEquals(Tense.FUTURE, tenseOf("The decision to close the depot on Friday angered the drivers.", "close"));
        assertEquals(Tense.FUTURE, tenseOf("The decision to close the depot on Friday has been criticised.", "close"));
        assertEquals(Tense.FUTURE, tenseOf("The plan to close the depot on Friday has left drivers worried.", "close"));
        assertEquals(Tense.FUTURE, tenseOf("Marlow Rail defended its decision to close the depot on Friday.", "close"));
    }
}
