package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounCoordinationTest {

    private static Token token(String text, String pos, String lemma) {
        return new Token(text, 0, 0, pos, lemma);
    }

    @Test
    void shouldReadABaseFormAfterAndBeforeANounAsAModifier() {
        Tagged s = Tagged.of("Vandals wrecked the signal and control cables of the tram line on Friday.");

        assertEquals("NOUN", s.tokens().get(s.at("control")).pos());
    }

    @Test
    void shouldReadAnIngFormAfterAndBeforeANounAsAModifierUnlessAVerbOfThatFormCameBefore() {
        List<Token> afterPast = List.of(token("breached", "VERB", "breach"), token("the", "DET", "the"),
                token("payroll", "NOUN", "payroll"), token("and", "CCONJ", "and"));
        List<Token> afterIng = List.of(token("cutting", "VERB", "cut"), token("costs", "NOUN", "cost"),
                token("and", "CCONJ", "and"));

        assertTrue(NounCoordination.modifier(afterPast, "pumping", "VERB", "pump", "NOUN"));
        assertFalse(NounCoordination.modifier(afterIng, "raising", "VERB", "raise", "NOUN"));
    }

    @Test
    void shouldReadAVerbAfterAPossessiveBeforeANounAsAModifier() {
        List<Token> owner = List.of(token("into", "ADP", "into"), token("Velkor's", "PROPN", "velkor's"));

        assertTrue(NounCoordination.modifier(owner, "pumping", "VERB", "pump", "NOUN"));
        assertFalse(NounCoordination.modifier(owner, "pumped", "VERB", "pump", "NOUN"));
    }

    @Test
    void shouldDateTheVerbBeforeTheNounPhrase() {
        EventCandidate c = ExtractedCandidates.only(
                "Intruders broke the alarm and control panels of Lindqvist Transit on Saturday, police said.",
                LocalDate.of(2026, 3, 10));

        assertEquals("break", c.action());
        assertEquals("2026-03-07", c.date().value());
    }

    @Test
    void shouldKeepAVerbJoinedToAVerbInItsBaseForm() {
        List<Token> before = List.of(token("will", "AUX", "will"), token("cut", "VERB", "cut"),
                token("the", "DET", "the"), token("budget", "NOUN", "budget"), token("and", "CCONJ", "and"));
        List<Token> afterPast = List.of(token("cut", "VERB", "cut"), token("the", "DET", "the"),
                token("budget", "NOUN", "budget"), token("and", "CCONJ", "and"));
        List<Token> afterInflected = List.of(token("wrecked", "VERB", "wreck"), token("the", "DET", "the"),
                token("budget", "NOUN", "budget"), token("and", "CCONJ", "and"));

        assertFalse(NounCoordination.modifier(before, "raise", "VERB", "raise", "NOUN"));
        assertFalse(NounCoordination.modifier(afterPast, "raise", "VERB", "raise", "NOUN"));
        assertFalse(NounCoordination.modifier(afterInflected, "raises", "VERB", "raise", "NOUN"));
        assertFalse(NounCoordination.modifier(afterInflected, "control", "VERB", "control", "ADP"));
        assertTrue(NounCoordination.modifier(afterInflected, "control", "VERB", "control", "NOUN"));
    }
}
