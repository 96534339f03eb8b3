package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgedSpeakerTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 10, 22);

    @Test
    void shouldGiveAQuoteByAnAgeToThePersonTheArticleIsAbout() {
        String text = "Petra Lindgren, the champion skier, has lost her place on the national team.\n"
                + "\"I will race again next season,\" the 31-year-old said on Tuesday.";

        EventCandidate said = ExtractedCandidates.EXTRACTOR.extract(text, WEDNESDAY).stream()
                .filter(c -> c.date().value().equals("2031-10-21")).findFirst().orElseThrow();

        assertEquals("Petra Lindgren", said.attributedTo());
        assertTrue(said.title().contains("Lindgren"), said::toString);
    }

    @Test
    void shouldTellAnAgeFromOtherWords() {
        assertTrue(AgedSpeaker.only(List.of("31", "-", "year", "-", "old")));
        assertTrue(AgedSpeaker.only(List.of("64-year-old")));
        assertFalse(AgedSpeaker.only(List.of("old", "friend")));
        assertFalse(AgedSpeaker.only(List.of("31", "-", "year", "-", "old", "driver")));
    }
}
