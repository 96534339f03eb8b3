package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedAppositionTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 6, 5);

    @Test
    void shouldNameBothPeopleWhenTheSecondRenamesACounterpart() {
        EventCandidate c = ExtractedCandidates.only(
                "Trade Minister Kai Lund and his Suvian counterpart, Bea Ortiz, met in Melk on Monday.", SATURDAY);

        assertEquals(List.of("Kai Lund", "Bea Ortiz"), c.participantNames());
        assertEquals("Lund and Ortiz meet in Melk", c.title());
    }

    @Test
    void shouldNameThePeopleAPluralNounIsRenamedBy() {
        EventCandidate c = ExtractedCandidates.only(
                "The two trade ministers, Kai Lund and Bea Ortiz, signed the accord in Melk on Tuesday.", SATURDAY);

        assertEquals(List.of("Kai Lund", "Bea Ortiz"), c.participantNames());
        assertEquals("sign", c.action());
    }

    @Test
    void shouldKeepASingleRenamedNounToItsName() {
        EventCandidate c = ExtractedCandidates.only(
                "Its chief engineer, Pavel Marek, inspected the bridge on Thursday.", SATURDAY);

        assertEquals(List.of("Pavel Marek"), c.participantNames());
    }
}
