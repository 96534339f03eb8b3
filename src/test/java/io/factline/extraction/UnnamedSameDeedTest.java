package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reports naming nobody of the same verb on the same kind of object on one day (s13-merge). */
class UnnamedSameDeedTest {

    private static EventMatcher.Features report(long id, Set<Long> people, String kind, String action, String theme,
            String place, String date, long article) {
        return new EventMatcher.Features(id, people, kind, action, theme, place, EdtfDate.parse(date), Set.of(article));
    }

    @Test
    void shouldJoinTwoUnnamedHomecomingsOnOneDayFromTwoArticles() {
        var stored = report(10, Set.of(), "travel", "return", "home", null, "2030-05-18", 100);
        var candidate = report(-1, Set.of(), "travel", "return", "home", null, "2030-05-18", 200);

        assertTrue(UnnamedSameDeed.matches(candidate, stored, false, false));
        assertTrue(EventMatcher.best(candidate, List.of(stored)).isPresent());
    }

    @Test
    void shouldKeepApartAnotherObjectAnotherVerbOrAnotherDay() {
        var stored = report(10, Set.of(), "travel", "return", "home", null, "2030-05-18", 100);

        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", "school", null, "2030-05-18", 200),
                stored, false, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "leave", "home", null, "2030-05-18", 200),
                stored, false, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", "home", null, "2030-05-19", 200),
                stored, false, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", null, null, "2030-05-18", 200),
                report(11, Set.of(), "travel", "return", null, null, "2030-05-18", 100), false, false));
    }

    @Test
    void shouldNotJoinStatementsNamedReportsOrOneArticleOrDifferentPlaces() {
        var said = report(10, Set.of(), "statement", "say", "plan", null, "2030-05-18", 100);
        var named = report(11, Set.of(7L), "travel", "return", "home", null, "2030-05-18", 100);
        var stored = report(12, Set.of(), "travel", "return", "home", null, "2030-05-18", 100);

        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "statement", "say", "plan", null, "2030-05-18", 200),
                said, false, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", "home", null, "2030-05-18", 200),
                named, false, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", "home", null, "2030-05-18", 100),
                stored, true, false));
        assertFalse(UnnamedSameDeed.matches(report(-1, Set.of(), "travel", "return", "home", "Osby", "2030-05-18", 200),
                report(13, Set.of(), "travel", "return", "home", "Lenna", "2030-05-18", 100), false, true));
    }

    @Test
    void shouldLeaveTheCandidateApartWhenTwoStoredReportsMatchSo() {
        var one = report(10, Set.of(), "travel", "return", "home", null, "2030-05-18", 100);
        var other = report(11, Set.of(), "travel", "return", "home", null, "2030-05-18", 101);

        assertTrue(EventMatcher.best(report(-1, Set.of(), "travel", "return", "home", null, "2030-05-18", 200),
                List.of(one, other)).isEmpty());
    }
}
