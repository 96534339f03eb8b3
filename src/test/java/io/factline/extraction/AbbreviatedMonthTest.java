package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviatedMonthTest {

    @Test
    void shouldKeepASentenceWholeAcrossAnAbbreviatedMonth() {
        List<Sentence> sentences = new ArticleReader(Nlp.english())
                .read("The works began on the morning of Sept. 3, a Thursday, and ended at noon. Nobody was hurt.");

        assertEquals(2, sentences.size());
        assertEquals("Nobody was hurt.", sentences.get(1).text());
    }

    @Test
    void shouldDateTheDayNotTheMonth() {
        EventCandidate c = ExtractedCandidates.only("The dockers walked out on the morning of Oct. 6 at Lindholm.",
                LocalDate.of(2027, 10, 8));

        assertEquals("2027-10-06", c.date().value());
    }

    @Test
    void shouldStillEndASentenceAtAMonthBeforeAWord() {
        List<Sentence> sentences = new ArticleReader(Nlp.english())
                .read("The plan was agreed in Nov. Work starts next year.");

        assertEquals(2, sentences.size());
    }
}
