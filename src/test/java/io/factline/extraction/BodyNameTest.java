package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyNameTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 6, 18);

    private static List<String> names(String text, String action) {
        return ExtractedCandidates.EXTRACTOR.extract(text, THURSDAY).stream().filter(c -> c.action().equals(action))
                .findFirst().orElseThrow().participantNames();
    }

    @Test
    void shouldNameTheBodyByTheTownWrittenWithIt() {
        assertEquals(List.of("Dunmere council"), names("A divided Dunmere council on Wednesday approved the levy.", "approve"));
        assertEquals(List.of("Dunmere council"), names("Council members in Dunmere rejected the levy on Wednesday.", "reject"));
    }

    @Test
    void shouldNameALaterUnnamedBodyByThePlaceOfAnEarlierOne() {
        assertEquals(List.of("Dunmere council"), names("The Dunmere council met on Tuesday.\n"
                + "Councillors approved the levy on Wednesday.", "approve"));
    }

    @Test
    void shouldNameTheBodyByThePlaceBeforeItInTheSentence() {
        assertEquals(List.of("Arnsby council"), names("The Dunmere council met on Tuesday.\n"
                + "In neighbouring Arnsby, the town council approved a levy of its own on Wednesday.", "approve"));
    }

    @Test
    void shouldNameTheBodyByTheDateline() {
        assertEquals(List.of("Dunmere board"), names("Levy vote\nDUNMERE \u2014 Trustees approved the levy on Wednesday.", "approve"));
    }

    @Test
    void shouldNameTheOrganisationTheArticleNamedInFull() {
        assertEquals(List.of("Dunmere Borough Council"), names("Residents petitioned Dunmere Borough Council on Monday.\n"
                + "Councillors approved the levy on Wednesday.", "approve"));
    }

    @Test
    void shouldNameNobodyWithoutAPlace() {
        assertTrue(names("Councillors approved the levy on Wednesday.", "approve").isEmpty());
    }

    @Test
    void shouldLeavePoliceOutOfAnArrestThatNamesThePerson() {
        assertEquals(List.of("Tobin Marsh"), names("DUNMERE \u2014 Police arrested Tobin Marsh on Wednesday.", "arrest"));
        assertEquals(List.of("Dunmere police"), names("DUNMERE \u2014 Police searched the depot on Wednesday.", "search"));
    }
}
