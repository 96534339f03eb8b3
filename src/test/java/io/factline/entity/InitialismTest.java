package io.factline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InitialismTest {

    @Test
    void shouldTakeTheFirstLetterOfEachCapitalisedWord() {
        assertEquals("NTSB", Initialism.of("National Transportation Safety Board"));
        assertEquals("HWU", Initialism.of("Harbour Workers' Union"));
    }

    @Test
    void shouldSkipTheSmallWordsThatJoinAName() {
        assertEquals("DEQ", Initialism.of("Department of Environmental Quality"));
        assertEquals("FDA", Initialism.of("the Food and Drug Administration"));
    }

    @Test
    void shouldGiveNoInitialsToOneWordOrToANameWithALowerCaseWord() {
        assertNull(Initialism.of("Kestrel"));
        assertNull(Initialism.of("Friends of the earth"));
        assertNull(Initialism.of("The Times"));
    }

    @Test
    void shouldGiveNoInitialsToANameThatHoldsInitialsAlready() {
        assertNull(Initialism.of("NTSB Board"));
    }

    @Test
    void shouldTellInitialsFromOrdinaryWords() {
        assertTrue(Initialism.written("NTSB"));
        assertTrue(Initialism.written("EU"));
        assertFalse(Initialism.written("Nasa"));
        assertFalse(Initialism.written("A"));
        assertFalse(Initialism.written("WX-9"));
    }
}
