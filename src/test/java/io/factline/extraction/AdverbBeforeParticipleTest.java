package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "was last robbed": the tagger's adjectives there are an adverb and a participle (s15-deny). */
class AdverbBeforeParticipleTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);

    @Test
    void shouldReadTheParticipleAfterLastAsAPassiveVerb() {
        List<Token> tokens = Nlp.english().tokens("The Orlen Gallery was last robbed in 2009.");

        assertEquals("ADV", tokens.get(4).pos());
        assertEquals("VERB", tokens.get(5).pos());
        assertEquals("rob", tokens.get(5).lemma());
    }

    @Test
    void shouldDateTheEarlierRobbery() {
        EventCandidate robbery = ExtractedCandidates.only("The Orlen Gallery was last robbed in 2009.", PUBLISHED);

        assertEquals("rob", robbery.action());
        assertEquals("2009", robbery.date().value());
    }

    @Test
    void shouldLeaveLastAnAdjectiveBeforeANoun() {
        List<Token> tokens = Nlp.english().tokens("The gallery was the last stop on the tour.");

        assertEquals("ADJ", tokens.get(4).pos());
    }
}
