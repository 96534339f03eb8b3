package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "The regulator on Tuesday ordered an audit at Brask" and another outlet's "the audit at Brask was ordered on Wednesday". */
class PlacedActDisagreementTest {

    private static final long REGULATOR = 7;

    private static EventMatcher.Features named(String action, String theme, String place, String date) {
        return new EventMatcher.Features(10, Set.of(REGULATOR), action, action, theme, place, EdtfDate.parse(date),
                Set.of(100L));
    }

    private static EventMatcher.Features unnamed(String action, String theme, String place, String date) {
        return new EventMatcher.Features(-1, Set.of(), action, action, theme, place, EdtfDate.parse(date), Set.of(200L));
    }

    @Test
    void shouldTakeTheSameOrderAtTheSamePlaceADayOffForOneActWithTwoDates() {
        var stored = named("order", "recount", "Brask", "2029-04-03");
        var candidate = unnamed("order", "recount", "Brask", "2029-04-04");

        var match = EventMatcher.best(candidate, List.of(stored));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldMatchWhicheverSideNamesNobody() {
        assertTrue(PlacedActDisagreement.matches(named("order", "recount", "Brask", "2029-04-04"),
                unnamed("order", "recount", "Brask", "2029-04-03"), false, true));
    }

    @Test
    void shouldNotMatchWithoutTheSamePlaceObjectOrAction() {
        var stored = named("order", "recount", "Brask", "2029-04-03");

        assertFalse(PlacedActDisagreement.matches(unnamed("order", "recount", null, "2029-04-04"), stored, false, false));
        assertFalse(PlacedActDisagreement.matches(unnamed("order", "audit", "Brask", "2029-04-04"), stored, false, true));
        assertFalse(PlacedActDisagreement.matches(unnamed("cancel", "recount", "Brask", "2029-04-04"), stored, false, true));
    }

    @Test
    void shouldNotMatchTheSameArticleBothNamedEverydayKindsOrDaysFarApart() {
        var stored = named("order", "recount", "Brask", "2029-04-03");

        assertFalse(PlacedActDisagreement.matches(unnamed("order", "recount", "Brask", "2029-04-04"), stored, true, true));
        assertFalse(PlacedActDisagreement.matches(named("order", "recount", "Brask", "2029-04-04"), stored, false, true));
        assertFalse(PlacedActDisagreement.matches(unnamed("order", "recount", "Brask", "2029-04-06"), stored, false, true));
        var meeting = new EventMatcher.Features(11, Set.of(REGULATOR), EventKinds.MEETING, "meet", "talks", "Brask",
                EdtfDate.parse("2029-04-03"), Set.of(100L));
        assertFalse(PlacedActDisagreement.matches(new EventMatcher.Features(-1, Set.of(), EventKinds.MEETING, "meet",
                "talks", "Brask", EdtfDate.parse("2029-04-04"), Set.of(200L)), meeting, false, true));
    }
}
