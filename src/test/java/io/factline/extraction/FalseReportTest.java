package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports called false and claims dismissed (s15-deny), on sentences written for this test. */
class FalseReportTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);

    @Test
    void shouldDenyWhatAReportCalledFalseTells() {
        EventCandidate denial = ExtractedCandidates.only(
                "Harrowgate Depots called the report that its sprinklers had been switched off false.", PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("switch", denial.action());
        assertEquals("2038-03-17", denial.date().value());
    }

    @Test
    void shouldDenyWhatAClaimSaidToBeUntrueTells() {
        EventCandidate denial = ExtractedCandidates.only(
                "The claim that the sprinklers had been switched off is untrue, Harrowgate Depots said.", PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("switch", denial.action());
    }

    @Test
    void shouldReadAnUndatedDismissalOfClaimsAsADenialOfTheirClause() {
        EventCandidate denial = ExtractedCandidates.only(
                "Harrowgate Depots dismissed claims that its sprinklers had been switched off.", PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("switch", denial.action());
    }

    @Test
    void shouldNotDenyAReportWhoseOwnWordsAreFalse() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Inspectors said on Monday the report that Harrowgate Depots gave false figures was published.",
                PUBLISHED);

        found.forEach(c -> assertNotEquals(Stance.DENIES, c.stance(), c::toString));
    }
}
