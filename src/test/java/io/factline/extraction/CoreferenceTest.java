package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoreferenceTest {

    @Test
    void shouldPointAPronounInAnOpeningPhraseAheadToThePersonAfterIt() {
        ArticleContext article = new ArticleContext();
        Tagged s = Tagged.of("Before her trip to Ostrava next week, Deputy Mayor Hanna Lisk met reporters.", article);

        assertEquals("Hanna Lisk", Coreference.resolve(s.tokens(), s.at("her"), s.mentions(), article, null));
    }

    @Test
    void shouldPreferTheSubjectAfterTheOpeningPhraseToAnEarlierSentence() {
        ArticleContext article = new ArticleContext();
        article.lastSubject("Piet Haas");
        Tagged s = Tagged.of("Before her trip to Ostrava next week, Deputy Mayor Hanna Lisk met reporters.", article);
        Tagged later = Tagged.of("The council praised her plan on Monday.", article);

        assertEquals("Hanna Lisk", Coreference.resolve(s.tokens(), s.at("her"), s.mentions(), article, null));
        assertEquals("Piet Haas", Coreference.resolve(later.tokens(), later.at("her"), later.mentions(), article, null));
    }

    @Test
    void shouldGiveTheOpeningSentencesTripItsTraveller() {
        EventCandidate trip = ExtractedCandidates.EXTRACTOR.extract(
                "Ahead of his visit to Brnik next month, Trade Minister Oskar Vell said the tariff would stay.",
                LocalDate.of(2026, 5, 21)).get(0);

        assertTrue(trip.participants().stream().anyMatch(p -> p.name().equals("Oskar Vell")), trip::toString);
    }
}
