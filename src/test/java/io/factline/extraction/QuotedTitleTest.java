package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotedTitleTest {

    @Test
    void capitalisedWordsWithLinkingWordsInQuotesAreAName() {
        assertTrue(QuotedTitle.name("Harbour at Dusk"));
        assertTrue(QuotedTitle.name("Operation Red Sky"));
        assertTrue(QuotedTitle.name("Winter"));
    }

    @Test
    void speechIsNoName() {
        assertFalse(QuotedTitle.name("We will not resign,"));
        assertFalse(QuotedTitle.name("Enough is enough"));
        assertFalse(QuotedTitle.name("at Dusk"));
        assertFalse(QuotedTitle.name("One Two Three Four Five Six Seven"));
    }

    @Test
    void anActOnAQuotedWorkIsAnEventWithTheWorkAsParticipant() {
        EventCandidate found = ExtractedCandidates.only(
                "Police recovered \"Lanterns on the Quay\" on Sunday from a garage near the ring road.",
                LocalDate.of(2031, 5, 12));
        assertEquals("recover", found.kind());
        assertEquals("2031-05-11", found.date().value());
        assertTrue(found.title().contains("\"Lanterns on the Quay\""), found.title());
        assertTrue(found.participants().contains(new EventCandidate.Participant("Lanterns on the Quay", EntityKind.OTHER)),
                found.participants()::toString);
    }

    @Test
    void aQuotedNameBeforeAClosingAttributionLeavesItIndirectSpeech() {
        EventCandidate found = ExtractedCandidates.only(
                "Soldiers began \"Operation Grey Heron\" on Monday, the army said.", LocalDate.of(2031, 5, 14));
        assertEquals("army", found.attributedTo());
        assertFalse(found.kind().equals("statement"), found::toString);
        assertEquals("2031-05-12", found.date().value());
    }

    @Test
    void directSpeechStaysAStatement() {
        EventCandidate found = ExtractedCandidates.only("\"We will not sell the mill,\" Hale said on Monday.",
                LocalDate.of(2031, 5, 14));
        assertEquals("statement", found.kind());
    }
}
