package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleTakenTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 7, 9);

    private static EventCandidate test(String sentence) {
        return ExtractedCandidates.EXTRACTOR.extract(sentence, THURSDAY).stream()
                .filter(c -> c.date().value().equals("2026-06-28")).findFirst().orElseThrow();
    }

    @Test
    void shouldTellASampleGivenOrTakenAsOneTest() {
        EventCandidate given = test("The league banned Mara Solis after a blood sample she gave at a race on June 28 "
                + "showed a banned drug.");
        EventCandidate taken = test("Mara Solis failed a doping control in a sample taken on June 28.");
        EventCandidate provided = test("Mara Solis provided a urine sample on June 28.");

        for (EventCandidate c : new EventCandidate[] {given, taken, provided}) {
            assertEquals(SampleTaken.ACTION, c.action(), c::toString);
            assertEquals(EventKinds.EXAMINATION, c.kind());
        }
    }

    @Test
    void shouldLeaveOtherThingsGivenAlone() {
        EventCandidate gift = test("Mara Solis gave the club a cheque on June 28.");

        assertEquals("give", gift.action());
    }
}
