package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A passive verb's phrase of circumstance is no object (s15-deny), on sentences written for this test. */
class PassivePhraseTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);

    @Test
    void shouldTakeTheSubjectOfAPassiveAsItsObjectPastAPhraseOfPurpose() {
        EventCandidate report = ExtractedCandidates.only(
                "The depot's sprinkler system was switched off for repairs on Sunday night, the fire service said.",
                PUBLISHED);

        assertEquals("switch", report.action());
        assertEquals("system", report.theme());
    }

    @Test
    void shouldTakeTheSubjectOfAPassiveAsItsObjectPastAPhraseOfPlace() {
        EventCandidate denial = ExtractedCandidates.only(
                "No agreement was reached at the harbour talks, Ostmark's farm ministry said.", PUBLISHED);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("reach", denial.action());
        assertEquals("agreement", denial.theme());
    }

    @Test
    void shouldKeepTheObjectOfAnActiveVerb() {
        EventCandidate report = ExtractedCandidates.only(
                "Depot staff switched off the pumps for repairs on Sunday night, the fire service said.", PUBLISHED);

        assertEquals("pump", report.theme());
    }

    @Test
    void shouldLinkADenialOfTheAlarmToTheAlarmSystemSwitchedOff() {
        EventMatcher.Features switchedOff = new EventMatcher.Features(1, Set.of(4L), "switch", "switch", "system",
                null, EdtfDate.parse("2038-03-15"), Set.of(10L));
        EventMatcher.Features denial = new EventMatcher.Features(2, Set.of(9L), EventKinds.STATEMENT, "switch", "alarm",
                null, EdtfDate.parse("2038-03-17"), Set.of(11L));

        assertTrue(EventMatcher.denies(denial, switchedOff, true));
    }
}
