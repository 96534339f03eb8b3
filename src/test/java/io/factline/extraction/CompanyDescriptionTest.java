package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's name ending in an organisation word, its first word alone and a description of it ("the airline")
 * all name one organisation.
 */
class CompanyDescriptionTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2031, 4, 16);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    @Test
    void shouldReadANameEndingInAirAsAnOrganisationWithItsOwnTitle() {
        EventCandidate found = ExtractedCandidates.only(
                "Tessaro Air suspended all flights to Vanmoor on Tuesday.", REFERENCE);

        assertTrue(found.participants().contains(new EventCandidate.Participant("Tessaro Air", EntityKind.ORGANIZATION)),
                found::toString);
        assertTrue(found.title().startsWith("Tessaro Air "), found::title);
    }

    @Test
    void shouldLinkTheAirlineToTheOneCompanyNamedBefore() {
        List<EventCandidate> found = EXTRACTOR.extract("Cabin crews at Tessaro Air joined the Skyward Crew "
                + "Association last year.\n\nThe airline cut its summer schedule on Monday.", REFERENCE);

        EventCandidate cut = found.stream().filter(c -> "2031-04-14".equals(c.date().toString())).findFirst().orElseThrow();
        assertEquals(List.of("Tessaro Air"), cut.participantNames());
    }

    @Test
    void shouldLinkTheRetailerToTheCompanyWhoseLastWordBeginsIt() {
        List<EventCandidate> found = EXTRACTOR.extract("Pemberly Retail bought a stake in Orsk Logistics in March."
                + "\n\nThe retailer opened its largest store in Vanmoor on Monday.", REFERENCE);

        EventCandidate opened = found.stream().filter(c -> "2031-04-14".equals(c.date().toString())).findFirst().orElseThrow();
        assertEquals(List.of("Pemberly Retail"), opened.participantNames());
    }

    @Test
    void shouldNotGuessBetweenTwoCompaniesTheDescriptionFitsEqually() {
        List<EventCandidate> found = EXTRACTOR.extract("Orsk Logistics and Vantree Freight bid for the contract in "
                + "March.\n\nThe carrier lost its appeal on Monday.", REFERENCE);

        EventCandidate lost = found.stream().filter(c -> "2031-04-14".equals(c.date().toString())).findFirst().orElseThrow();
        assertFalse(lost.participantNames().contains("Orsk Logistics"), lost::toString);
        assertFalse(lost.participantNames().contains("Vantree Freight"), lost::toString);
    }

    @Test
    void shouldCallTheCompanyByItsFirstWordInALaterSentence() {
        List<EventCandidate> found = EXTRACTOR.extract("Pilots at Tessaro Air walked out on Tuesday.\n\n"
                + "Tessaro said on Wednesday it would ask a court to halt the walkout.", REFERENCE);

        assertTrue(found.stream().allMatch(c -> c.participantNames().contains("Tessaro Air")), found::toString);
    }
}
