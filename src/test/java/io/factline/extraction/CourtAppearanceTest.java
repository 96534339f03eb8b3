package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A defendant's appearance in court is the court's hearing, which outlets also tell as its ruling of that day. */
class CourtAppearanceTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 14);

    private static boolean at(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return CourtAppearance.at(s.tokens(), s.at(verb));
    }

    @Test
    void shouldReadAnAppearanceBeforeAJudgeOrInCourtAsAHearing() {
        assertTrue(at("Hollis will appear before a judge in Tarsk on Friday.", "appear"));
        assertTrue(at("The driver appeared briefly in court on Monday.", "appeared"));
        assertEquals(EventKinds.HEARING,
                ExtractedCandidates.only("Idris Hollis will appear before a judge in Tarsk on Friday.", REFERENCE).kind());
    }

    @Test
    void shouldLeaveOtherAppearancesAlone() {
        assertFalse(at("The minister appeared in a video on Monday.", "appeared"));
        assertFalse(at("Cracks appeared in the wall on Monday.", "appeared"));
    }

    @Test
    void shouldMeetTheRulingOfTheSameDayButNotOfAnother() {
        var hearing = new EventMatcher.Features(1, Set.of(7L), EventKinds.HEARING, "appear", null, "Tarsk",
                EdtfDate.parse("2026-10-16"), Set.of(100L));
        var sameDay = new EventMatcher.Features(2, Set.of(7L), EventKinds.RULING, "order", null, "Tarsk",
                EdtfDate.parse("2026-10-16"), Set.of(200L));
        var nextWeek = new EventMatcher.Features(3, Set.of(7L), EventKinds.RULING, "order", null, "Tarsk",
                EdtfDate.parse("2026-10-20"), Set.of(200L));

        assertTrue(EventMatcher.score(sameDay, hearing).isPresent());
        assertFalse(EventMatcher.score(nextWeek, hearing).isPresent());
    }
}
