package io.factline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shouldIgnoreCaseSpacingAndAccents() {
        assertEquals("volodymyr zelenskyy", Names.normalize("  Volodymyr   ZELENSKYY "));
        assertEquals("sergei lavrov", Names.normalize("Sérgei Lavrov"));
    }

    @Test
    void shouldTreatPunctuationAsSpace() {
        assertEquals("u s state department", Names.normalize("U.S. State-Department"));
    }

    @Test
    void shouldKeepWritersSpellingWhenCleaning() {
        assertEquals("Dmitry Peskov", Names.clean("  Dmitry \t Peskov "));
    }
}
