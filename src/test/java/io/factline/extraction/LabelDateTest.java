package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelDateTest {

    private static boolean label(String sentence, String date) {
        return LabelDate.of(sentence, sentence.indexOf(date));
    }

    @Test
    void shouldTakeADatePrintedOnGoodsForALabel() {
        assertTrue(label("The recall covers jars of pesto with best-before dates up to August 4.", "August 4"));
        assertTrue(label("Only packs with a use-by date of 9 May are affected.", "9 May"));
        assertTrue(label("Tins with expiry dates between March and June should be returned.", "March"));
    }

    @Test
    void shouldKeepTheDateOfWhatHappened() {
        assertFalse(label("The bakery recalled the loaves on August 4.", "August 4"));
        assertFalse(label("The use of the site was halted on 9 May.", "9 May"));
    }
}
