package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameDayVoteTest {

    private static final long LEGISLATURE = 7;

    private static EventMatcher.Features vote(long id, String action, String theme, String date, long article) {
        return new EventMatcher.Features(id, Set.of(LEGISLATURE), EventKinds.VOTE, action, theme, null,
                EdtfDate.parse(date), Set.of(article));
    }

    @Test
    void shouldMergeOneBodysVoteOfOneDayToldWithOtherVerbs() {
        Optional<EventMatcher.Match> match = EventMatcher.score(vote(-1, "approve", null, "2031-06-03", 2),
                vote(9, "vote", null, "2031-06-03", 1));

        assertTrue(match.isPresent());
        assertTrue(match.get().sameDate());
    }

    @Test
    void shouldKeepOneBodysVotesOnTwoNamedThingsApart() {
        assertEquals(Optional.empty(), EventMatcher.score(vote(-1, "approve", "budget", "2031-06-03", 2),
                vote(9, "vote", "treaty", "2031-06-03", 1)));
    }

    @Test
    void shouldNotTakeAMonthForTheDayOfAVote() {
        assertEquals(Optional.empty(), EventMatcher.score(vote(-1, "approve", null, "2031-06", 2),
                vote(9, "vote", null, "2031-06-03", 1)));
    }
}
