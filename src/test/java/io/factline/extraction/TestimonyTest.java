package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestimonyTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 3, 11);

    @Test
    void shouldReadEveryWordingOfAnAppearanceBeforeLawmakersAsOneTestimony() {
        List<String> wordings = List.of(
                "Treasury head Maren Oduya will appear before the senate finance committee on Monday.",
                "Maren Oduya is due to appear before the finance committee on Monday.",
                "Maren Oduya is scheduled to testify before senators on Monday.",
                "Maren Oduya will face questions from senators when she appears before the finance committee on Monday.");
        for (String wording : wordings) {
            EventCandidate c = ExtractedCandidates.only(wording, REFERENCE);
            assertEquals(Testimony.TESTIFY, c.action(), wording);
            assertEquals(Testimony.TESTIMONY, c.theme(), wording);
            assertEquals(EventKinds.HEARING, c.kind(), wording);
            assertEquals("2027-03-15", c.date().value(), wording);
        }
    }

    @Test
    void shouldGiveTestimonyWithAndWithoutItsBodyOneKindSoReportsOfItMeet() {
        EventCandidate bare = ExtractedCandidates.only("Maren Oduya testified for three hours on Tuesday.", REFERENCE);
        EventCandidate before = ExtractedCandidates.only(
                "Maren Oduya testified before the senate finance committee on Tuesday.", REFERENCE);

        assertEquals(Testimony.TESTIFY, bare.action(), bare::toString);
        assertEquals(EventKinds.HEARING, bare.kind(), bare::toString);
        assertEquals(before.kind(), bare.kind());
        assertEquals("2027-03-09", bare.date().value());
    }

    @Test
    void shouldTakeAnExplanationToACommitteeForTheAppearanceNotAStatement() {
        EventCandidate c = ExtractedCandidates.only(
                "Maren Oduya will explain the plan to the finance committee on Monday, its chairman, Tobias Renk, said.",
                REFERENCE);

        assertEquals(Testimony.TESTIFY, c.action());
        assertEquals(EventKinds.HEARING, c.kind());
        assertEquals("Tobias Renk", c.attributedTo());
    }

    @Test
    void shouldKeepAnExplanationToReportersAndAnAppearanceInCourt() {
        Tagged press = Tagged.of("Oduya explained the plan to reporters on Monday.");
        Tagged court = Tagged.of("The driver appeared before the judge on Monday.");

        assertFalse(Testimony.told(press.tokens(), press.at("explained")));
        assertFalse(Testimony.told(court.tokens(), court.at("appeared")));
        assertTrue(Testimony.told(Tagged.of("She briefed the committee on Monday.").tokens(), 1));
    }

    @Test
    void shouldLetATimeAfterTheBodyDateTheAppearance() {
        EventCandidate c = ExtractedCandidates.only("Oduya appeared before the finance committee on Tuesday.", REFERENCE);

        assertEquals("2027-03-09", c.date().value());
        assertNotEquals(EventKinds.STATEMENT, c.kind());
    }
}
