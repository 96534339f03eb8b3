package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.temporal.TemporalTagger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chamber that approves, passes or rejects something votes on it; others keep their verb's meaning. */
class LegislativeVoteTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 11);
    private static final EventExtractor EXTRACTOR = new EventExtractor(Nlp.english(), new DateFinder(new TemporalTagger()));

    private static EventCandidate only(String text) {
        List<EventCandidate> found = EXTRACTOR.extract(text, REFERENCE);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
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
        assertEquals("Brennmark", budget.location());
    }

    @Test
    void shouldKeepTheVerbWhenNoChamberDecides() {
        EventCandidate approval = only("The medicines regulator approved the vaccine on Tuesday.");

        assertEquals("approve", approval.kind());
    }
}
