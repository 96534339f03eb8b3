package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests. */
class ExchangedForTest {

    private static boolean exchanged(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return ExchangedFor.of(s.tokens(), s.at(verb), s.tokens().size());
    }

    @Test
    void shouldTellAReleaseOrHandoverInExchangeForSomeoneAsTheExchange() {
        assertTrue(exchanged("Valmora freed the aid worker Tom Reyes on Friday in exchange for a convicted smuggler.", "freed"));
        assertTrue(exchanged("Reyes was handed over at the border crossing in exchange for the smuggler.", "handed"));
        assertTrue(exchanged("The two pilots were released in a long-awaited prisoner swap on Sunday.", "released"));
        assertTrue(exchanged("The sailors were returned as part of a prisoner exchange.", "returned"));
        assertTrue(exchanged("OSLO — Valmora released the Norlandic reporter Tom Reyes on Thursday in exchange for Ivo Lanz, "
                + "a trader serving a term in Norland, the ministry said.", "released"));
    }

    @Test
    void shouldNotTellOtherReleasesOrExchangesOfViewsAsAnExchangeOfPeople() {
        assertFalse(exchanged("The court released the activist on bail on Friday.", "released"));
        assertFalse(exchanged("The ministers exchanged views in Geneva on Friday.", "exchanged"));
        assertFalse(exchanged("The company released its results in March; shares rose in exchange trading.", "released"));
    }

    @Test
    void shouldGiveTheReleaseTheKindOfTheExchange() {
        EventCandidate freed = ExtractedCandidates.only(
                "Valmora freed the aid worker Tom Reyes on Friday in exchange for the smuggler Ivo Lanz.", LocalDate.of(2026, 6, 8));

        assertEquals(EventKinds.EXCHANGE, freed.kind());
        assertEquals("2026-06-05", freed.date().value());
    }
}
