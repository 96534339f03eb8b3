package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An act told directly by one outlet and as what was said of it that day by another (s16-merge). */
class ReportedActTest {

    private static EventMatcher.Features report(long id, Set<Long> parties, String kind, String action, String theme,
            String date, long article, boolean denying) {
        return new EventMatcher.Features(id, parties, kind, action, theme, null, EdtfDate.parse(date), Set.of(article),
                Set.of(), null, Set.of(), Set.of(), denying);
    }

    @Test
    void shouldJoinWhatTheBoardSaidItHadDoneToTheActOfThatDay() {
        // "The league's ethics board banned the goalkeeper on Tuesday" / "the ethics board said on Tuesday that the
        // goalkeeper had been banned".
        var banned = report(10, Set.of(3L, 4L), "ruling", "ban", null, "2031-02-11", 100, false);
        var said = report(-1, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 200, false);

        assertTrue(ReportedAct.matches(said, banned, false));
        var match = EventMatcher.best(said, List.of(banned));
        assertTrue(match.isPresent());
        assertEquals(10, match.get().event().id());
    }

    @Test
    void shouldJoinTheActToAStoredStatementOfItToo() {
        // Told the other way round: the statement came first.
        var said = report(10, Set.of(5L), EventKinds.STATEMENT, "open", "inquiry", "2031-04-02", 100, false);
        var opened = report(-1, Set.of(5L), "inquiry", "investigate", "inquiry", "2031-04-02", 200, false);

        assertTrue(ReportedAct.matches(opened, said, false));
        assertTrue(EventMatcher.best(opened, List.of(said)).isPresent());
    }

    @Test
    void shouldKeepApartAnotherDayAnotherActOrNoSharedParty() {
        var banned = report(10, Set.of(3L), "ruling", "ban", null, "2031-02-11", 100, false);

        // Said a day later: the statement's own date would disagree with the act's.
        assertFalse(ReportedAct.matches(report(-1, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-12", 200, false),
                banned, false));
        // What was said is another act ("said it would appeal").
        assertFalse(ReportedAct.matches(report(-1, Set.of(3L), EventKinds.STATEMENT, "appeal", null, "2031-02-11", 200, false),
                banned, false));
        // Nobody in common.
        assertFalse(ReportedAct.matches(report(-1, Set.of(8L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 200, false),
                banned, false));
    }

    @Test
    void shouldNotJoinDenialsOneArticleOrTwoStatements() {
        var banned = report(10, Set.of(3L), "ruling", "ban", null, "2031-02-11", 100, false);
        var denial = report(-1, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 200, true);
        var sameArticle = report(-1, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 100, false);
        var otherStatement = report(11, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 300, false);

        assertFalse(ReportedAct.matches(denial, banned, false));
        assertFalse(ReportedAct.matches(sameArticle, banned, true));
        assertFalse(ReportedAct.matches(report(-1, Set.of(3L), EventKinds.STATEMENT, "ban", null, "2031-02-11", 200, false),
                otherStatement, false));
    }

    @Test
    void shouldReadAnObjectNamingTheActsKindAsThatAct() {
        var opened = report(10, Set.of(5L), "inquiry", "investigate", "inquiry", "2031-04-02", 100, false);

        assertTrue(ReportedAct.tellsAct(report(-1, Set.of(5L), EventKinds.STATEMENT, "open", "inquiry", "2031-04-02", 200,
                false), opened));
        // "said it had opened a branch" is not the inquiry.
        assertFalse(ReportedAct.tellsAct(report(-1, Set.of(5L), EventKinds.STATEMENT, "open", "branch", "2031-04-02", 200,
                false), opened));
    }
}
