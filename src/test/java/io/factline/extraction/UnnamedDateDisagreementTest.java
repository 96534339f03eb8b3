package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report naming nobody, a few days away from a stored strike or vote: "Nurses will walk out on Friday, the union said". */
class UnnamedDateDisagreementTest {

    private static final long UNION = 1;
    private static final long HOSPITAL_GROUP = 2;
    private static final long SENATE = 3;

    private static EventMatcher.Features stored(long id, Set<Long> people, String kind, String action, String theme,
            String place, String date) {
        return new EventMatcher.Features(id, people, kind, action, theme, place, EdtfDate.parse(date), Set.of(100L));
    }

    private static EventMatcher.Features unnamed(String kind, String action, String theme, String place, String date,
            Set<Long> sources) {
        return new EventMatcher.Features(-1, Set.of(), kind, action, theme, place, EdtfDate.parse(date), Set.of(200L),
                sources);
    }

    @Test
    void shouldTakeAStrikeAnnouncedByTheUnionOfTheStrikersForTheStoredStrikeOnAnotherDay() {
        var strike = stored(10, Set.of(UNION, HOSPITAL_GROUP), "strike", "strike", null, null, "2026-06-11");
        var walkout = unnamed("strike", "walkout", null, null, "2026-06-12", Set.of(UNION));

        var match = EventMatcher.best(walkout, List.of(strike));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldTakeAVoteOnTheSameBillForTheStoredVoteOnAnotherDay() {
        var vote = stored(10, Set.of(SENATE), "vote", "vote", "bill", null, "2026-06-10");

        assertTrue(UnnamedDateDisagreement.matches(unnamed("vote", "vote", "bill", null, "2026-06-11", Set.of()),
                vote, false, false));
    }

    @Test
    void shouldNotMatchWithoutAnObjectOrASourceThatTiesThem() {
        var strike = stored(10, Set.of(UNION), "strike", "strike", null, null, "2026-06-11");

        assertFalse(UnnamedDateDisagreement.matches(unnamed("strike", "walkout", null, null, "2026-06-12", Set.of()),
                strike, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed("strike", "walkout", null, null, "2026-06-12",
                Set.of(HOSPITAL_GROUP + 10)), strike, false, false));
    }

    @Test
    void shouldNotMatchMeetingsStatementsOtherKindsTheSameArticleOrDatesFarApart() {
        var meeting = stored(10, Set.of(UNION), "meeting", "meet", "pay", null, "2026-06-11");
        var vote = stored(11, Set.of(SENATE), "vote", "vote", "bill", null, "2026-06-10");

        assertFalse(UnnamedDateDisagreement.matches(unnamed("meeting", "meet", "pay", null, "2026-06-12", Set.of(UNION)),
                meeting, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed("strike", "strike", "bill", null, "2026-06-11", Set.of()),
                vote, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed("vote", "vote", "bill", null, "2026-06-11", Set.of()),
                vote, true, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed("vote", "vote", "bill", null, "2026-06-25", Set.of()),
                vote, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed("vote", "vote", "bill", "Osterby", "2026-06-11", Set.of()),
                vote, false, true));
    }

    @Test
    void shouldLeaveTheReportApartWhenTwoStoredEventsMatchItSo() {
        var one = stored(10, Set.of(SENATE), "vote", "vote", "bill", null, "2026-06-10");
        var other = stored(11, Set.of(UNION), "vote", "vote", "bill", null, "2026-06-12");

        assertEquals(List.of(), EventMatcher.best(unnamed("vote", "vote", "bill", null, "2026-06-11", Set.of()),
                List.of(one, other)).stream().toList());
    }

    @Test
    void shouldTakeANamedReportForAStoredOneNamingNobodyOnAnotherDayWhenTheObjectTiesThem() {
        var unnamedFirst = new EventMatcher.Features(10, Set.of(), "discovery", "detect", "intrusion", null,
                EdtfDate.parse("2026-06-12"), Set.of(100L));
        var named = new EventMatcher.Features(-1, Set.of(HOSPITAL_GROUP), "discovery", "detect", "intrusion", null,
                EdtfDate.parse("2026-06-11"), Set.of(200L));
        var namedElsewhere = new EventMatcher.Features(-1, Set.of(HOSPITAL_GROUP), "discovery", "detect", "fraud", null,
                EdtfDate.parse("2026-06-11"), Set.of(200L));

        assertTrue(UnnamedDateDisagreement.matches(named, unnamedFirst, false, false));
        assertFalse(UnnamedDateDisagreement.matches(namedElsewhere, unnamedFirst, false, false));
        assertFalse(UnnamedDateDisagreement.matches(named, stored(11, Set.of(UNION), "discovery", "detect", "intrusion",
                null, "2026-06-12"), false, false));
    }
}
