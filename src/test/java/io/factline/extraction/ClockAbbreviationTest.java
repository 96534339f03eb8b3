package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockAbbreviationTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 5, 15);

    @Test
    void shouldKeepASentenceWholeAcrossAClockTime() {
        List<Sentence> sentences = new ArticleReader(Nlp.english())
                .read("The curfew in Ostby will be lifted at 5 a.m. on Sunday, the governor said. Shops may open at noon.");

        assertEquals(2, sentences.size(), sentences::toString);
        assertEquals("Shops may open at noon.", sentences.get(1).text());
    }

    @Test
    void shouldStillEndASentenceAtAClockTimeBeforeACapital() {
        List<Sentence> sentences = new ArticleReader(Nlp.english())
                .read("The ferry docked at 9 p.m. The crew went ashore an hour later.");

        assertEquals(2, sentences.size(), sentences::toString);
    }

    @Test
    void shouldDateTheActBeforeAClockTimeNotTheStatementAfterIt() {
        EventCandidate c = ExtractedCandidates.only(
                "A Kelvar Rail passenger train left the rails outside Dunmere shortly before 7 p.m. on Friday, the operator said.",
                SATURDAY);

        assertEquals(Derailment.DERAIL, c.action(), c::toString);
        assertEquals("2027-05-14", c.date().value().substring(0, 10));
    }
}
