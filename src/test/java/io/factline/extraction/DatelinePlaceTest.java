package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelinePlaceTest {

    @Test
    void shouldReadTheTownInCapitalsBeforeADash() {
        assertEquals("Port Ellery", DatelinePlace.of("Ferry vote\n\nPORT ELLERY \u2014 Councillors voted on Monday."));
    }

    @Test
    void shouldReadAWireDatelineWithItsDay() {
        assertEquals("Kelby", DatelinePlace.of("Headline\nKELBY, June 3 (Coast Wire) - The board met on Monday."));
    }

    @Test
    void shouldFindNoneInAnOrdinaryOpening() {
        assertNull(DatelinePlace.of("Ferry vote\nA split council on Monday approved the contract - narrowly."));
        assertNull(DatelinePlace.of("One\nTwo\nThree\nKELBY \u2014 too late to be a dateline."));
    }
}
