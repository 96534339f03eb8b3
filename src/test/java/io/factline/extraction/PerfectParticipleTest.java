package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Past participles the tagger calls adjectives after "had" (s14-conflict), on sentences written for this test. */
class PerfectParticipleTest {

    private static final UnaryOperator<String> LEMMAS = w -> w.endsWith("ed") ? w.substring(0, w.length() - 2) : w;

    @Test
    void shouldReadAnAdjectiveAfterASubjectsHadAsAParticiple() {
        String[] words = {"that", "Brenner", "had", "offered", "cash", "to", "guards"};
        String[] tags = {"SCONJ", "PROPN", "VERB", "ADJ", "NOUN", "ADP", "NOUN"};

        assertTrue(PerfectParticiple.verb(words, i -> tags[i], 3, LEMMAS));
    }

    @Test
    void shouldKeepAdjectivesThatAreNoParticipleAfterHad() {
        String[] noSubject = {"as", "if", "had", "offered", "cash"};
        String[] noEd = {"the", "crew", "had", "little", "cash"};
        String[] last = {"the", "crew", "had", "offered"};
        String[] tags = {"SCONJ", "SCONJ", "VERB", "ADJ", "NOUN"};
        String[] nounTags = {"DET", "NOUN", "VERB", "ADJ", "NOUN"};

        assertFalse(PerfectParticiple.verb(noSubject, i -> tags[i], 3, LEMMAS));
        assertFalse(PerfectParticiple.verb(noEd, i -> nounTags[i], 3, LEMMAS));
        assertFalse(PerfectParticiple.verb(last, i -> nounTags[i], 3, LEMMAS));
    }

    @Test
    void shouldDenyAnOfferToldAsAPastPerfect() {
        EventCandidate denial = ExtractedCandidates.only(
                "The skipper's solicitor, Ines Varga, on Friday denied that Brenner had offered money to the harbour guards.",
                LocalDate.of(2030, 2, 4));

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals(OfferMade.OFFER, denial.action());
        assertEquals("money", denial.theme());
    }
}
