package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasureInForceTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2027, 4, 9);

    private static EventCandidate only(String sentence) {
        return ExtractedCandidates.EXTRACTOR.extract(sentence, FRIDAY).stream()
                .filter(c -> c.date().value().equals("2027-04-01")).findFirst()
                .orElseThrow(() -> new AssertionError(sentence));
    }

    @Test
    void shouldTellAMeasureTakingEffectAndItsImpositionAsOneKind() {
        EventCandidate raised = only("Ostrova raised its tariff on Harlish timber to 30 percent on April 1.");
        EventCandidate effect = only("A 30 percent Ostrovan tariff on Harlish timber took effect on April 1.");
        EventCandidate force = only("The export ban came into force on April 1.");

        assertEquals(MeasureInForce.MEASURE, raised.kind(), raised::toString);
        assertEquals("tariff", raised.theme());
        assertEquals(MeasureInForce.MEASURE, effect.kind(), effect::toString);
        assertEquals("tariff", effect.theme());
        assertEquals(MeasureInForce.MEASURE, force.kind(), force::toString);
        assertEquals("ban", force.theme());
    }

    @Test
    void shouldLeaveOtherActsAndOtherThingsTakingEffectAlone() {
        EventCandidate lifted = only("Ostrova lifted its ban on Harlish timber on April 1.");
        EventCandidate ceasefire = only("The ceasefire took effect on April 1.");
        EventCandidate prices = only("The bakery raised its prices on April 1.");

        assertNotEquals(MeasureInForce.MEASURE, lifted.kind(), lifted::toString);
        assertNotEquals(MeasureInForce.MEASURE, ceasefire.kind(), ceasefire::toString);
        assertNotEquals(MeasureInForce.MEASURE, prices.kind(), prices::toString);
    }
}
