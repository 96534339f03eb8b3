package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipleSequelTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 19);

    @Test
    void shouldGiveTheActTheNamesAndPlaceOfTheParticipleClauseAfterIt() {
        EventCandidate release = ExtractedCandidates.only("On Wednesday the Blue Hill Front freed two engineers, "
                + "handing them over to the Red Crescent outside the town of Marek.", FRIDAY);

        assertEquals(List.of("Blue Hill Front", "Red Crescent"), release.participantNames());
        assertEquals("Marek", release.location());
        assertEquals("2026-06-17", release.date().value());
    }

    @Test
    void shouldLeaveWhatAParticipleOfSayingReportsOutOfTheAct() {
        EventCandidate arrival = ExtractedCandidates.only("The minister arrived in Oslo on Monday, saying that "
                + "Karl Weber would follow.", FRIDAY);

        assertEquals(List.of(), arrival.participantNames());
        assertEquals("Oslo", arrival.location());
    }
}
