package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chamber that approves, passes or rejects something votes on it; others keep their verb's meaning. */
class LegislativeVoteTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 11);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldMakeAChamberApprovingABillAVote() {
        EventCandidate approval = only("The Federal Senate approved the water rights bill on Tuesday by 51 votes to 30.");

        assertEquals(EventKinds.VOTE, approval.kind());
        assertEquals("approve", approval.action());
        assertEquals("bill", approval.theme());
    }

    @Test
    void shouldMakeMembersPassingABudgetAVote() {
        assertEquals(EventKinds.VOTE, only("Lawmakers passed the budget on Monday.").kind());
    }

    @Test
    void shouldSeeTheMembersPastTheirPlaceWhenTheyOpenTheSentence() {
        EventCandidate budget = only("Councillors in Brennmark adopted the harbour budget on Monday.");

        assertEquals(EventKinds.VOTE, budget.kind());
        // s12-bodies: the place written with the members is their council's (BodyName), not where the vote was.
        assertEquals(List.of("Brennmark council"), budget.participantNames());
        assertNull(budget.location());
    }

    @Test
    void shouldKeepTheVerbWhenNoChamberDecides() {
        EventCandidate approval = only("The medicines regulator approved the vaccine on Tuesday.");

        assertEquals("approve", approval.kind());
    }
}
