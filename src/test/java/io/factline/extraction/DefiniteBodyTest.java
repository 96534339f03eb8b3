package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefiniteBodyTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 16);

    @Test
    void shouldNameTheOrganisationWhoseNameEndsInTheNoun() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Residents lodged a complaint with the "
                + "Regional Water Authority on Monday.\nThe authority will inspect the pipes on Friday.", TUESDAY);

        EventCandidate inspection = found.stream().filter(c -> c.action().equals(Inspection.ACTION)).findFirst().orElseThrow();
        assertEquals(List.of("Regional Water Authority"), inspection.participantNames());
    }

    @Test
    void shouldNameNobodyWithoutSuchAnOrganisationBefore() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The authority will inspect the pipes on Friday.", TUESDAY);

        assertTrue(found.get(0).participantNames().isEmpty(), found::toString);
    }

    @Test
    void shouldNameAnOrganisationWhoseNounComesBeforeOf() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Teachers wrote to the Ministry of "
                + "Schools on Monday.\nThe ministry will publish the new timetable on Friday.", TUESDAY);

        EventCandidate published = found.stream().filter(c -> c.date().toString().equals("2026-06-19")).findFirst().orElseThrow();
        assertEquals(List.of("Ministry of Schools"), published.participantNames());
    }
}
