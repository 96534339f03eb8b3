package io.factline.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    private static ClaimFacts asserts(long id, String outlet, String date) {
        return new ClaimFacts(id, outlet, null, Stance.ASSERTS, date == null ? null : EdtfDate.parse(date));
    }

    private static ClaimFacts denies(long id, String outlet, String who, String date) {
        return new ClaimFacts(id, outlet, who, Stance.DENIES, date == null ? null : EdtfDate.parse(date));
    }

    @Test
    void shouldFindNothingWhenDatesAgree() {
        assertTrue(ConflictDetector.detect(List.of(asserts(1, "A", "2026-01-22"), asserts(2, "B", "2026-01-22")))
                .isEmpty());
    }

    @Test
    void shouldNotFlagMonthAgainstDayInsideIt() {
        assertTrue(ConflictDetector.detect(List.of(asserts(1, "A", "2026-01"), asserts(2, "B", "2026-01-22")))
                .isEmpty());
    }

    @Test
    void shouldFlagDisjointDaysAndLeaveOutTheDateThatFitsBoth() {
        List<ConflictFinding> found = ConflictDetector.detect(List.of(
                asserts(1, "Bloomberg", "2026-01-22"), asserts(2, "Interfax", "2026-01-22"),
                asserts(3, "Wire E", "2026-01-23"), asserts(4, "Wire C", "2026-01"), asserts(5, "Wire D", null)));

        assertEquals(1, found.size());
        ConflictFinding date = found.get(0);
        assertEquals(ConflictType.DATE, date.type());
        assertEquals(Set.of(1L, 2L, 3L), date.claimIds());
        assertEquals("Wire E dates this to 23 January 2026; Bloomberg and Interfax to 22 January 2026",
                date.explanation());
    }

    @Test
    void shouldNameEachOutletOnceInDateExplanation() {
        ConflictFinding date = ConflictDetector.detect(List.of(asserts(1, "A", "2026-01-22"),
                asserts(2, "A", "2026-01-22"), asserts(3, "B", "2025-08"))).get(0);

        assertEquals("B dates this to August 2025; A to 22 January 2026", date.explanation());
    }

    @Test
    void shouldIgnoreDenialDatesForDateConflicts() {
        List<ConflictFinding> found = ConflictDetector.detect(List.of(asserts(1, "A", "2026-01-05"),
                denies(2, "B", "a minister", "2026-01-20")));

        assertEquals(List.of(ConflictType.CONTRADICTION), found.stream().map(ConflictFinding::type).toList());
    }

    @Test
    void shouldFlagContradictionNamingWhoAssertsAndWhoDenies() {
        ConflictFinding c = ConflictDetector.detect(List.of(
                new ClaimFacts(1, "Bloomberg", "people familiar with the matter", Stance.ASSERTS, null),
                new ClaimFacts(2, "Reuters", null, Stance.ASSERTS, null),
                denies(3, "Interfax", "Sergei Lavrov", null))).get(0);

        assertEquals(ConflictType.CONTRADICTION, c.type());
        assertEquals(Set.of(1L, 2L, 3L), c.claimIds());
        assertEquals("Bloomberg (people familiar with the matter) and Reuters assert this; "
                + "Interfax (Sergei Lavrov) denies it", c.explanation());
    }

    @Test
    void shouldFindBothKindsAtOnce() {
        List<ConflictFinding> found = ConflictDetector.detect(List.of(asserts(1, "A", "2026-01-22"),
                asserts(2, "B", "2026-01-23"), denies(3, "C", null, null)));

        assertEquals(List.of(ConflictType.DATE, ConflictType.CONTRADICTION),
                found.stream().map(ConflictFinding::type).toList());
    }

    @Test
    void shouldTreatOpenIntervalsAsUnbounded() {
        assertTrue(ConflictDetector.detect(List.of(asserts(1, "A", "2014/.."), asserts(2, "B", "2026-01-22")))
                .isEmpty());
    }
}
