package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The doer told by the same noun in two reports, one of them naming nobody (s16-merge). */
class DescribedDoerTest {

    private static EventMatcher.Features report(long id, Set<Long> parties, String kind, String action, String theme,
            String place, String date, long article, String subject) {
        return new EventMatcher.Features(id, parties, kind, action, theme, place, EdtfDate.parse(date), Set.of(article),
                Set.of(), subject);
    }

    @Test
    void shouldJoinTwoLoansOfTheSameDescribedLenderOnOneDay() {
        // "The national bank lent Ostmark Savings two billion on Thursday" / "the national bank had lent the
        // savings bank two billion on Thursday" (the borrower not read as a name).
        var named = report(10, Set.of(4L), "transfer", "lend", "billion", null, "2031-06-12", 100, "bank");
        var unnamed = report(-1, Set.of(), "transfer", "lend", "billion", null, "2031-06-12", 200, "bank");

        assertTrue(DescribedDoer.matches(unnamed, named, false, false));
        assertTrue(EventMatcher.best(unnamed, List.of(named)).isPresent());
    }

    @Test
    void shouldKeepApartAnotherDoerNounAnotherObjectOrAnotherDay() {
        var named = report(10, Set.of(4L), "transfer", "lend", "billion", null, "2031-06-12", 100, "bank");

        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", "billion", null, "2031-06-12", 200,
                "fund"), named, false, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", "car", null, "2031-06-12", 200,
                "bank"), named, false, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", "billion", null, "2031-06-13", 200,
                "bank"), named, false, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", null, null, "2031-06-12", 200,
                "bank"), report(11, Set.of(4L), "transfer", "lend", null, null, "2031-06-12", 100, "bank"), false, false));
    }

    @Test
    void shouldNotJoinTwoNamedReportsStatementsOneArticleOrTwoPlaces() {
        var named = report(10, Set.of(4L), "transfer", "lend", "billion", null, "2031-06-12", 100, "bank");

        assertFalse(DescribedDoer.matches(report(-1, Set.of(9L), "transfer", "lend", "billion", null, "2031-06-12", 200,
                "bank"), named, false, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), EventKinds.STATEMENT, "lend", "billion", null, "2031-06-12",
                200, "bank"), report(11, Set.of(4L), EventKinds.STATEMENT, "lend", "billion", null, "2031-06-12", 100,
                "bank"), false, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", "billion", null, "2031-06-12", 100,
                "bank"), named, true, false));
        assertFalse(DescribedDoer.matches(report(-1, Set.of(), "transfer", "lend", "billion", "Osby", "2031-06-12", 200,
                "bank"), report(11, Set.of(4L), "transfer", "lend", "billion", "Lenna", "2031-06-12", 100, "bank"),
                false, true));
    }

    @Test
    void shouldLeaveTheReportApartWhenTwoStoredLoansMatchSo() {
        var one = report(10, Set.of(4L), "transfer", "lend", "billion", null, "2031-06-12", 100, "bank");
        var two = report(11, Set.of(6L), "transfer", "lend", "billion", null, "2031-06-12", 300, "bank");
        var unnamed = report(-1, Set.of(), "transfer", "lend", "billion", null, "2031-06-12", 200, "bank");

        assertTrue(EventMatcher.best(unnamed, List.of(one, two)).isEmpty());
    }
}
