package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"Published in World & Energy", "Comments", "12 Comments", "--------", "***",
            "\u2014With assistance from Jon Ekdal and Ana Ruiz.", "With reporting by Jon Ekdal.",
            "\u00A92026 Wire A L.P. Visit wirea.example. Distributed by Some Agency, LLC.",
            "Copyright 2026 Daily B", "Share this article", "Visit wirea.example for more.",
            "Distributed by Tribune Content Agency, LLC.", "(c) 2026 Courier D. All rights reserved."})
    void shouldTreatPageFurnitureAsBoilerplate(String line) {
        assertTrue(Boilerplate.isBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published reports say the minister will travel to Oslo on Monday.",
            "Comments by the minister on Tuesday drew sharp criticism from the opposition.",
            "The envoy met the deputy in Geneva on Monday, the agency reported.",
            "Share prices fell in Frankfurt on Friday after the central bank spoke."})
    void shouldKeepReporting(String line) {
        assertFalse(Boilerplate.isBoilerplate(line), line);
    }
}
