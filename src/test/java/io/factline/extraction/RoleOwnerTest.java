package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The gallery's director, X, denied …": X speaks for the gallery named earlier in full. */
class RoleOwnerTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 12);

    private static EventCandidate last(String text) {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
        return found.get(found.size() - 1);
    }

    @Test
    void shouldMakeTheOrganisationOwningTheRoleAParticipantOfTheDenial() {
        EventCandidate denial = last("Four clocks were taken from the Ostwick Civic Gallery on Monday. "
                + "The gallery's director, Mira Tolland, on Thursday denied that the alarm had been switched off.");

        assertEquals("switch", denial.action(), denial::toString);
        assertTrue(denial.participantNames().containsAll(List.of("Mira Tolland", "Ostwick Civic Gallery")),
                denial::toString);
    }

    @Test
    void shouldNameNobodyElseWithoutAnOrganisationNamedBefore() {
        EventCandidate denial = last("The gallery's director, Mira Tolland, on Thursday denied that the alarm had "
                + "been switched off.");

        assertEquals(List.of("Mira Tolland"), denial.participantNames(), denial::toString);
    }

    @Test
    void shouldGiveAPlacesOwnOrganisationNoShortFormAndKeepACompanysOne() {
        assertEquals(null, MentionFinder.companyShortName("Ostwick Museum"));
        assertEquals(null, MentionFinder.companyShortName("Ostwick Council"));
        assertEquals("Pellworth", MentionFinder.companyShortName("Pellworth Shipping"));
    }

    @Test
    void shouldKeepAPlaceThatStartsAMuseumsNameAPlace() {
        EventCandidate court = last("Four clocks were taken from the Ostwick City Museum on Monday. "
                + "Two men will appear in court in Ostwick on Friday.");

        assertEquals("Ostwick", court.location(), court::toString);
        assertFalse(court.participantNames().contains("Ostwick City Museum"), court::toString);
    }

    @Test
    void shouldMakeTheOrganisationOfASpeakerWithARoleOfSeveralWordsAParticipantOfTheDenial() {
        EventCandidate denial = last("Dockers at Pellan accused Arvo Terminals of flying in strike breakers on Monday.\n"
                + "\"Nobody was flown in to replace our staff,\" the company's chief operating officer, Lise Brandt, "
                + "said on Thursday.");

        assertTrue(denial.participantNames().containsAll(List.of("Lise Brandt", "Arvo Terminals")), denial::toString);
    }
}
