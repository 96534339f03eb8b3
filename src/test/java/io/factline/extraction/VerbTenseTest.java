package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.factline.temporal.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbTenseTest {

    /** The tense {@link VerbTense} gives the first token that is {@code verb} in the sentence. */
    static Tense tenseOf(String sentence, String verb) {
        List<Token> tokens = Nlp.english().tokens(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(verb)) {
                return VerbTense.of(tokens, k);
            }
        }
        throw new AssertionError(verb + " not in " + tokens);
    }

    @Test
    void shouldLookForwardFromModalsAndInfinitivesOfPresentVerbs() {
        assertEquals(Tense.FUTURE, tenseOf("The aide confirmed that the mayor will meet them.", "meet"));
        assertEquals(Tense.FUTURE, tenseOf("She'll sign the lease.", "sign"));
        assertEquals(Tense.FUTURE, tenseOf("The board is expected to approve the sale.", "approve"));
        assertEquals(Tense.FUTURE, tenseOf("The court is due to rule on the appeal.", "rule"));
    }

    @Test
    void shouldLookBackFromPastFormsAndPerfects() {
        assertEquals(Tense.PAST, tenseOf("The mayor met the unions.", "met"));
        assertEquals(Tense.PAST, tenseOf("The city has not received the plans.", "received"));
        assertEquals(Tense.PAST, tenseOf("The hearing was held in the capital.", "held"));
        assertEquals(Tense.PAST, tenseOf("The mayor did not meet the unions.", "meet"));
    }

    @Test
    void shouldReadPresentFormsAsPresentAndLeaveUnclearFormsOpen() {
        assertEquals(Tense.PRESENT, tenseOf("Crews walk out at dawn.", "walk"));
        assertEquals(Tense.PRESENT, tenseOf("The union is meeting the owners.", "meeting"));
        assertNull(tenseOf("They wanted to meet the owners.", "meet"));
    }

    @Test
    void shouldReadRegularPastFormsTheLemmatizerKeepsWholeAsPast() {
        assertEquals(Tense.PAST, tenseOf("The governor on Friday vetoed the budget.", "vetoed"));
        assertEquals(Tense.PAST, tenseOf("A rival on Monday alleged that the count was rigged.", "alleged"));
        assertEquals(Tense.PRESENT, tenseOf("The clinics need more nurses.", "need"));
    }

    @Test
    void shouldTakeAnInfinitiveAfterANamedObjectFromTheVerbBeforeTheName() {
        assertNull(tenseOf("The regulator ordered Pellworth Air to ground its fleet.", "ground"));
        assertEquals(Tense.FUTURE, tenseOf("The regulator will order Pellworth Air to ground its fleet.", "ground"));
        assertEquals(Tense.FUTURE, tenseOf("Pilots to strike at Pellworth Air", "strike"));
    }

    @Test
    void shouldDateAnAgreedDealInThePastOfTheAgreementButLeaveOtherAgreedPlansOpen() {
        assertEquals(Tense.PAST, tenseOf("Harwick agreed to buy Tollan Freight on Friday.", "buy"));
        assertNull(tenseOf("Harwick agreed to meet the unions on Friday.", "meet"));
        assertEquals(Tense.FUTURE, tenseOf("Harwick will agree to buy Tollan Freight.", "buy"));
    }
}
