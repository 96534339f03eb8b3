package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nouns the tagger reads as verbs: irregular plurals ("men") and "-ing" words without a verb stem ("wing"). */
class NounSlipsTest {

    private static Token word(String sentence, String text) {
        List<Token> tokens = Nlp.english().tokens(sentence);
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void shouldReadAnIrregularPluralAsANoun() {
        Token men = word("Officers have detained two men in connection with the fire.", "men");

        assertEquals("NOUN", men.pos(), men::toString);
        assertEquals("man", men.lemma());
        assertTrue(NounSlips.irregularPlural("Gunmen", "VERB"));
        assertFalse(NounSlips.irregularPlural("detained", "VERB"));
    }

    @Test
    void shouldKeepAnIngWordWithoutAVowelInItsStemWhole() {
        Token wing = word("The clocks were taken from the gallery's north wing in a night raid on Monday.", "wing");

        assertEquals("wing", wing.lemma(), wing::toString);
        assertEquals("NOUN", wing.pos());
        assertTrue(NounSlips.strippedIng("king", "k"));
        assertFalse(NounSlips.strippedIng("landing", "land"));
        assertFalse(NounSlips.strippedIng("bring", "bring"));
    }

    @Test
    void shouldNotCountTwoNewPeopleAsTheTwoNamedBefore() {
        EventCandidate detained = last("Officers questioned Lena Hartig and Piotr Salo on Monday. "
                + "Two men were detained in Ostwick on Thursday.");

        assertTrue(detained.participants().isEmpty(), detained::toString);
        assertEquals("arrest", detained.kind());
    }

    private static EventCandidate last(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, java.time.LocalDate.of(2026, 6, 12));
        return found.get(found.size() - 1);
    }
}
