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

    @Test
    void shouldLetASentenceWithoutATimeOpenedByAKnownSurnameMakeItsPersonTheAntecedent() {
        java.util.List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Mayor Petra Lind opened the new library on Monday. Councillor Aron Falk criticised its cost on Tuesday. "
                        + "Lind has defended the spending. On Thursday she told a local radio station that donors paid for the books.",
                LocalDate.of(2026, 5, 22));
        EventCandidate interview = found.get(found.size() - 1);

        assertEquals("Petra Lind", interview.attributedTo(), found::toString);
        assertTrue(interview.participants().stream().anyMatch(p -> p.name().equals("Petra Lind")), interview::toString);
    }

    @Test
    void shouldNameNoPersonForAnOpeningWordNobodyWasIntroducedBy() {
        ArticleContext article = new ArticleContext();
        Tagged.of("Mayor Petra Lind opened the library.", article);

        assertEquals("Petra Lind", Coreference.openingPerson("Lind has defended the spending.", article));
        assertEquals(null, Coreference.openingPerson("Lind's office has defended the spending.", article));
        assertEquals(null, Coreference.openingPerson("Donors paid for the books.", article));
    }
}
