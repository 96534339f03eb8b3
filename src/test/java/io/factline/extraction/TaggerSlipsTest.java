package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerSlipsTest {

    @Test
    void shouldReadAnEdWordTaggedAsAnAdpositionAsAVerb() {
        List<Token> tokens = Nlp.english().tokens("The Harbour Safety Council opened a review on Tuesday.");
        Token opened = tokens.stream().filter(t -> t.is("opened")).findFirst().orElseThrow();

        assertEquals("VERB", opened.pos());
        assertEquals("open", opened.lemma());
        assertEquals("ADP", tokens.stream().filter(t -> t.is("on")).findFirst().orElseThrow().pos());
    }

    @Test
    void shouldDateTheActOfTheRepairedVerb() {
        EventCandidate c = ExtractedCandidates.only("The Transport Safety Board opened an investigation on Wednesday "
                + "into the collapse of the Orvik footbridge.", LocalDate.of(2026, 9, 17));

        assertEquals(InquiryOpened.ACTION, c.action());
        assertEquals("2026-09-16", c.date().value());
    }

    @Test
    void shouldReadAHyphenatedWordTaggedAsPunctuationAsAnAdjective() {
        List<Token> tokens = Nlp.english().tokens("The league's anti-corruption panel will meet on Monday.");

        assertEquals("ADJ", tokens.stream().filter(t -> t.is("anti-corruption")).findFirst().orElseThrow().pos());
    }

    @Test
    void shouldKeepAHyphenatedWordInTheSubjectOfItsNoun() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("The Northern Rowing Federation banned "
                + "Ada Lund on Monday.\nThe federation's anti-doping panel will hear her case on June 3.",
                LocalDate.of(2026, 5, 20));

        EventCandidate hearing = found.stream().filter(c -> c.action().equals("hear")).findFirst().orElseThrow();
        assertEquals(List.of("Northern Rowing Federation"), hearing.participantNames().subList(0, 1));
    }

    @Test
    void shouldReadAPluralAfterAVerbAndANameAsItsObject() {
        EventCandidate meeting = ExtractedCandidates.only(
                "Chancellor Erik Halvorsen met U.S. negotiators Dana Price and Omar Vale in Bergen late on Monday.",
                LocalDate.of(2026, 9, 16));
        Token says = Nlp.english().tokens("Officials said Norway wants a deal.").stream()
                .filter(t -> t.is("wants")).findFirst().orElseThrow();

        assertEquals("meet", meeting.action());
        assertEquals("2026-09-14", meeting.date().value());
        assertEquals("VERB", says.pos());
    }
}
