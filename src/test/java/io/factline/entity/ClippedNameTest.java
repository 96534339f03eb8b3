package io.factline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClippedNameTest {

    @Test
    void shouldReadAClippedWordAsTheWordItBegins() {
        assertTrue(ClippedName.same("Met Office", "Meteorological Office"));
        assertTrue(ClippedName.same("Meteorological Office", "met office"));
        assertTrue(ClippedName.same("Northern Gov Department", "Northern Government Department"));
    }

    @Test
    void shouldKeepBodiesOfAnotherKindApart() {
        assertFalse(ClippedName.same("Met Office", "Meteorological Agency"));
    }

    @Test
    void shouldNotTakeAnotherWordWithTheSameOpeningForAClipping() {
        assertFalse(ClippedName.same("Metro Office", "Meteorological Office"));
        assertFalse(ClippedName.same("Meteorology Office", "Meteorological Office"));
    }

    @Test
    void shouldNeedAClippingAndWordsInTheSameNumber() {
        assertFalse(ClippedName.same("Met Office", "Met Office"));
        assertFalse(ClippedName.same("Met Office", "Central Meteorological Office"));
        assertFalse(ClippedName.same("Office", "Office"));
    }

    @Test
    void shouldLookUpByFirstLetterAndLastWord() {
        assertEquals("m% office", ClippedName.lookupPattern("Met Office"));
        assertNull(ClippedName.lookupPattern("Kestrel"));
    }
}
