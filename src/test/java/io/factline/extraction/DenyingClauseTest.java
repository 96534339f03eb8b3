package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenyingClauseTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2029, 8, 23);

    @Test
    void shouldReadADenialJoinedByAsAsADenialOfTheSameDay() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("The toy maker on Tuesday recalled 3,000 "
                + "cots from shops, as its chief executive denied that any child had been hurt.", THURSDAY);

        assertEquals(2, found.size(), found::toString);
        EventCandidate denial = found.stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertEquals("hurt", denial.action(), denial::toString);
        assertEquals("2029-08-21", denial.date().toString(), denial::toString);
        assertEquals("its chief executive denied that any child had been hurt.", denial.quote(), denial::toString);
    }

    @Test
    void shouldLeaveOtherClausesAfterAsAlone() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The council approved the budget on Monday, while residents protested outside.", THURSDAY);
        List<EventCandidate> agreed = ExtractedCandidates.EXTRACTOR.extract(
                "The council approved the budget on Monday, as its treasurer had advised.", THURSDAY);

        assertEquals(1, found.size(), found::toString);
        assertEquals(1, agreed.size(), agreed::toString);
        assertTrue(agreed.stream().allMatch(c -> c.stance() == Stance.ASSERTS), agreed::toString);
    }

    @Test
    void shouldLeaveAClauseWithATimeOfItsOwnToItsTime() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("The toy maker recalled the cots on Tuesday, "
                + "as its chief executive denied on Wednesday that any child had been hurt.", THURSDAY);

        assertTrue(found.stream().noneMatch(c -> c.stance() == Stance.DENIES && c.date().toString().equals("2029-08-21")),
                found::toString);
    }
}
