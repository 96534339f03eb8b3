package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** s17-verbs: a noun made from a verb by a regular suffix is the verb's act ({@link Nominalisation}). */
class NominalisationTest {

    @Test
    void shouldPairANounWithTheVerbItIsMadeFrom() {
        assertTrue(Nominalisation.pair("evacuation", "evacuate"));
        assertTrue(Nominalisation.pair("evacuate", "evacuation"));
        assertTrue(Nominalisation.pair("confirmation", "confirm"));
        assertTrue(Nominalisation.pair("election", "elect"));
        assertTrue(Nominalisation.pair("collision", "collide"));
        assertTrue(Nominalisation.pair("suspension", "suspend"));
        assertTrue(Nominalisation.pair("discussion", "discuss"));
        assertTrue(Nominalisation.pair("dismissal", "dismiss"));
        assertTrue(Nominalisation.pair("arrival", "arrive"));
        assertTrue(Nominalisation.pair("agreement", "agree"));
        assertTrue(Nominalisation.pair("closure", "close"));
        assertTrue(Nominalisation.pair("eruption", "erupt"));
    }

    @Test
    void shouldNotPairWordsOfOtherFormsOrTheSameWord() {
        assertFalse(Nominalisation.pair("sale", "sell"));
        assertFalse(Nominalisation.pair("offer", "offer"));
        assertFalse(Nominalisation.pair("election", "vote"));
        assertFalse(Nominalisation.pair("meal", "me"));
        assertFalse(Nominalisation.pair(null, "evacuate"));
    }

    @Test
    void shouldMakeTheNounAndItsVerbOneActionAndOneKindOfNoList() {
        assertTrue(EventKinds.sameAction("evacuation", "evacuate"));
        assertTrue(EventKinds.same("eruption", "erupt"));
        assertTrue(EventKinds.compatible("eruption", "erupt"));
        assertTrue(EventKinds.actionsLike("evacuation", "evacuation").contains("evacuate"));
        // Kinds of the lists stay as they are: a noun of one known kind and a verb of another do not meet.
        assertFalse(EventKinds.same(EventKinds.EVACUATION, "evacuate"));
    }
}
