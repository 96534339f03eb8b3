package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft of something is a draft; a passive verb without an object hands over its subject. */
class EventThemeDraftTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 16);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTakeADraftOfSomethingForADraft() {
        EventCandidate handed = only("The mediator gave a draft treaty to both delegations on Monday, diplomats said.");

        assertEquals("give", handed.action());
        assertEquals("draft", handed.theme());
    }

    @Test
    void shouldTakeThePassiveSubjectForTheObjectOfADeniedHandover() {
        EventCandidate denial = only("A foreign ministry spokeswoman, Ines Roud, denied on Tuesday that any draft had been given out.");

        assertEquals("give", denial.action());
        assertEquals("draft", denial.theme());
        assertEquals(io.factline.claim.Stance.DENIES, denial.stance());
    }

    @Test
    void shouldTakeNoPassiveSubjectWithoutAFormOfBe() {
        Tagged s = Tagged.of("The ferry crew has stopped the engines.");

        assertNull(EventTheme.passiveSubject(s.tokens(), List.of(), s.at("stopped")));
    }
}
