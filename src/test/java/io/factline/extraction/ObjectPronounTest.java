package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence about "him" before it names anyone keeps "him" the one the next "he" means. */
class ObjectPronounTest {

    /** A Saturday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 10);

    private static EventCandidate last(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
        return found.get(found.size() - 1);
    }

    @Test
    void shouldKeepThePersonAnObjectPronounMeansForTheNextHe() {
        EventCandidate due = last("Tomas Quill was convicted of fraud on Thursday.\n"
                + "A jury found him guilty of taking money from the builder Anton Ferris.\n"
                + "He will be sentenced on Monday.");

        assertEquals("2026-10-12", due.date().value());
        assertTrue(due.participantNames().contains("Tomas Quill"), due::toString);
        assertFalse(due.participantNames().contains("Anton Ferris"), due::toString);
    }

    @Test
    void shouldLetAPossessiveOpeningIntroduceTheNextSpeaker() {
        EventCandidate said = last("Tomas Quill was convicted of fraud on Thursday.\n"
                + "His lawyer, Ines Varro, called the verdict unsafe.\n"
                + "She said on Friday that she would appeal.");

        assertTrue(said.participantNames().contains("Ines Varro") || "Ines Varro".equals(said.attributedTo()), said::toString);
    }

    @Test
    void shouldFindTheObjectPronounBeforeTheFirstName() {
        List<Token> tokens = List.of(new Token("found", 0, 5, "VERB", "find"), new Token("him", 6, 9, "PRON", "him"),
                new Token("guilty", 10, 16, "ADJ", "guilty"));
        List<Token> possessive = List.of(new Token("her", 0, 3, "PRON", "her"), new Token("lawyer", 4, 10, "NOUN", "lawyer"));

        assertTrue(ObjectPronoun.beforeFirstName(tokens, -1));
        assertFalse(ObjectPronoun.beforeFirstName(tokens, 1));
        assertFalse(ObjectPronoun.beforeFirstName(possessive, -1));
    }
}
