package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a report names (s9-scena): an age between commas, a first name that is a town, the one person
 * an untagged sentence names, a lawyer's client, investment houses and newspapers by their title word.
 */
class NewsPeopleTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 8);

    @Test
    void shouldTakeTheNameBeforeAnAgeAsTheSubject() {
        EventCandidate arrest = ExtractedCandidates.only(
                "Police said Tomas Varela had been found. Varela, 61, was arrested in Ostrin on Tuesday.", REFERENCE);

        assertEquals(List.of("Tomas Varela"), arrest.participants().stream().map(EventCandidate.Participant::name).toList());
        assertEquals(EventKinds.ARREST, arrest.kind());
    }

    @Test
    void shouldReadAFirstNameAfterAPrepositionOfPlaceAsAPlace() {
        Token to = new Token("to", 0, 2, "ADP", "to");
        Token met = new Token("met", 0, 3, "VERB", "meet");

        assertTrue(FirstNamePlace.place(to, "Kelby", "Kelby Herald"));
        assertFalse(FirstNamePlace.place(to, "Morris", "Kelby Morris"));
        assertFalse(FirstNamePlace.place(met, "Kelby", "Kelby Morris"));
    }

    @Test
    void shouldMakeTheOnePersonAnUntaggedSentenceNamesTheAntecedent() {
        ArticleContext article = new ArticleContext();
        Tagged.of("Investigators questioned Lena Moss and Piet Haas.", article);

        assertEquals("Lena Moss", Coreference.onlyPerson("The auditors accuse Moss of forgery.", article));
        assertNull(Coreference.onlyPerson("They accuse Moss and Haas of forgery.", article));
        assertNull(Coreference.onlyPerson("The auditors accuse nobody.", article));
    }

    @Test
    void shouldResolveHeToThePersonTheSentenceBeforeNamed() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Oskar Lind runs the harbour cafe. "
                + "\"He was kind to everyone,\" Lind said. Auditors accuse Nora Vance of forgery. "
                + "They say she forged the accounts in March 2025.", REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).participants().stream().anyMatch(p -> p.name().equals("Nora Vance")), found::toString);
    }

    @Test
    void shouldNameTheClientALawyerSpeaksOf() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Auditors accuse Nora Vance of forgery. "
                + "Her lawyer, Pia Lund, told reporters on Thursday that her client had not moved any money.", REFERENCE);

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).participants().stream().anyMatch(p -> p.name().equals("Nora Vance")), found::toString);
        assertEquals("Pia Lund", found.get(0).attributedTo());
    }

    @Test
    void shouldReadInvestmentHousesAndPapersAsOrganisations() {
        ArticleContext article = new ArticleContext();
        Tagged s = Tagged.of("Analysts at Halden Capital and the Kelby Herald disagreed.", article);

        assertTrue(s.mentions().stream().allMatch(m -> m.kind() == EntityKind.ORGANIZATION), s.mentions()::toString);
    }
}
