package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrregularPastSlipTest {

    private static final LocalDate FRIDAY = LocalDate.of(2036, 2, 15);

    @Test
    void shouldReadLentBetweenItsSubjectAndItsObjectAsTheVerb() {
        Token lent = Nlp.english().tokens("The state fund on Tuesday lent Orrin Savings 2 billion dollars.").stream()
                .filter(t -> t.is("lent")).findFirst().orElseThrow();

        assertEquals("VERB", lent.pos());
        assertEquals("lend", lent.lemma());
    }

    @Test
    void shouldMakeTheLoanAnEventDatedByTheDayBeforeTheVerb() {
        EventCandidate loan = ExtractedCandidates.only("The state fund on Tuesday lent Orrin Savings 2 billion dollars.",
                FRIDAY);

        assertEquals(Lending.LEND, loan.action());
        assertEquals("2036-02-12", loan.date().value());
        assertTrue(loan.participantNames().contains("Orrin Savings"), loan::toString);
    }

    @Test
    void shouldMakeTheLoanAnEventAfterAPastPerfectsHad() {
        EventCandidate loan = ExtractedCandidates.only("The state fund had lent Orrin Savings 2 billion dollars on Tuesday.",
                FRIDAY);

        assertEquals(Lending.LEND, loan.action());
        assertEquals("2036-02-12", loan.date().value());
    }

    @Test
    void shouldLeaveAdjectivesBeforeTheirNounsAndRegularFormsAlone() {
        String[] words = {"the", "fund", "chief", "executive", "resigned"};
        List<String> tags = List.of("DET", "NOUN", "ADJ", "NOUN", "VERB");
        assertEquals(false, IrregularPastSlip.verb(words, tags::get, 2, Nlp.english()::verbLemma));
        String[] regular = {"the", "fund", "closed", "the", "branch"};
        List<String> adjective = List.of("DET", "NOUN", "ADJ", "DET", "NOUN");
        assertEquals(false, IrregularPastSlip.verb(regular, adjective::get, 2, Nlp.english()::verbLemma));
        String[] lent = {"the", "fund", "lent", "the", "bank"};
        assertEquals(true, IrregularPastSlip.verb(lent, adjective::get, 2, Nlp.english()::verbLemma));
    }
}
