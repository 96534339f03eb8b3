package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TruceInForceTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldTellATruceTakingEffectOneWayHoweverItIsWorded() {
        EventCandidate will = ExtractedCandidates.only("The truce will take effect at noon on Sunday.", SATURDAY);
        EventCandidate came = ExtractedCandidates.only("A ceasefire between Varnia and Telm came into force on Sunday.", SATURDAY);

        assertEquals(TruceInForce.KIND, will.kind(), will::toString);
        assertEquals("truce", will.theme());
        assertEquals(TruceInForce.KIND, came.kind(), came::toString);
        assertEquals("ceasefire", came.theme());
        assertEquals(will.action(), came.action());
    }

    @Test
    void shouldKeepAMeasureAMeasure() {
        EventCandidate ban = ExtractedCandidates.only("The export ban will take effect on Sunday.", SATURDAY);

        assertEquals(MeasureInForce.MEASURE, ban.kind(), ban::toString);
    }
}
