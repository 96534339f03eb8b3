package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A denial with a general object ("any problem") meets the report of the same act by the same unnamed subject. */
class GeneralObjectTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 14);

    private static EventMatcher.Features features(long id, long participant, EventCandidate c) {
        return new EventMatcher.Features(id, Set.of(participant), c.kind(), c.action(), c.theme(), null, c.date(),
                Set.of(id * 100), Set.of(), c.subject());
    }

    @Test
    void shouldKeepTheNounOfASubjectThatNamesNobody() {
        EventCandidate report = ExtractedCandidates.only(
                "Guards had reported cracks in the north wall to the museum last week, according to the guards' union.", REFERENCE);

        assertEquals("guard", report.subject());
    }

    @Test
    void shouldLinkADenialOfAnyProblemToTheReportOfTheSameSubject() {
        EventCandidate report = ExtractedCandidates.only(
                "Guards had reported cracks in the north wall to the museum last week, according to the guards' union.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Museum director Ilse Marek denied on Wednesday that guards had reported any problem with the wall.", REFERENCE);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("guard", denial.subject());
        assertTrue(EventMatcher.denies(features(2, 20, denial), features(1, 10, report), true));
    }

    @Test
    void shouldNotLinkAGeneralDenialToAnotherSubjectsReport() {
        EventCandidate report = ExtractedCandidates.only(
                "Visitors had reported cracks in the north wall to the museum last week, according to a guide.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Museum director Ilse Marek denied on Wednesday that guards had reported any problem with the wall.", REFERENCE);

        assertFalse(EventMatcher.denies(features(2, 20, denial), features(1, 10, report), true));
    }

    @Test
    void shouldStillNeedTheSameKindOfObjectWhenTheDeniedObjectIsSpecific() {
        EventCandidate report = ExtractedCandidates.only(
                "Guards had reported cracks in the north wall to the museum last week, according to the guards' union.", REFERENCE);
        EventCandidate denial = ExtractedCandidates.only(
                "Museum director Ilse Marek denied on Wednesday that guards had reported any theft.", REFERENCE);

        assertFalse(EventMatcher.denies(features(2, 20, denial), features(1, 10, report), true));
    }
}
