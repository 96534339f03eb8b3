package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasePartyTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 20);

    private static EventCandidate hearing(String text) {
        return ExtractedCandidates.EXTRACTOR.extract(text, WEDNESDAY).stream()
                .filter(c -> c.kind().equals(EventKinds.HEARING)).findFirst().orElseThrow();
    }

    @Test
    void shouldMakeWhoeverBroughtTheCaseAPartyToItsHearing() {
        EventCandidate hearing = hearing("Ada Lund lodged an appeal against her ban on Tuesday.\n"
                + "A disciplinary panel will hear the appeal in Oslo on June 3.");

        assertEquals(List.of("Ada Lund"), hearing.participantNames());
        assertEquals("appeal", hearing.theme());
    }

    @Test
    void shouldLeaveAHearingOfAnotherCaseAlone() {
        EventCandidate hearing = hearing("Ada Lund lodged an appeal against her ban on Tuesday.\n"
                + "A disciplinary panel will hear a separate appeal in Oslo on June 3.");

        assertEquals(List.of(), hearing.participantNames());
    }
}
