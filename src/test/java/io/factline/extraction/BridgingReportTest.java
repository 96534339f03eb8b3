package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A later report that matches two stored events shows that they are one (s13-merge). */
class BridgingReportTest {

    private static final long DELEGATE = 1;
    private static final long COLLEAGUE = 2;
    private static final long STRANGER = 3;

    private static EventMatcher.Features report(long id, Set<Long> people, String kind, String action, String theme,
            String place, String date, long article) {
        return new EventMatcher.Features(id, people, kind, action, theme, place, EdtfDate.parse(date), Set.of(article),
                Set.of(), null, people);
    }

    private static Optional<EventMatcher.Features> bridged(EventMatcher.Features candidate, boolean asserts,
            EventMatcher.Features... stored) {
        List<EventMatcher.Match> matches = EventMatcher.matches(candidate, List.of(stored));
        return EventMatcher.best(candidate, List.of(stored))
                .flatMap(best -> BridgingReport.bridged(candidate, asserts, matches, best));
    }

    /** A signing told naming nobody on Tuesday, then by name on Wednesday, then by name on Tuesday. */
    @Test
    void shouldBridgeAnUnnamedReportAndANamedOneWithAnotherDate() {
        var unnamed = report(10, Set.of(), "sign", "sign", "treaty", null, "2031-09-09", 100);
        var named = report(11, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-10", 101);
        var wire = report(-1, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-09", 102);

        Optional<EventMatcher.Features> other = bridged(wire, true, unnamed, named);

        assertTrue(other.isPresent());
        assertEquals(11, other.get().id());
    }

    @Test
    void shouldNotBridgeWithADenialOrAStatement() {
        var unnamed = report(10, Set.of(), "sign", "sign", "treaty", null, "2031-09-09", 100);
        var named = report(11, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-10", 101);
        var wire = report(-1, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-09", 102);

        assertFalse(bridged(wire, false, unnamed, named).isPresent());
        var saidOnce = report(12, Set.of(DELEGATE), "statement", "say", "treaty", null, "2031-09-09", 100);
        var saidAgain = report(13, Set.of(DELEGATE, COLLEAGUE), "statement", "say", "treaty", null, "2031-09-09", 101);
        assertFalse(bridged(report(-1, Set.of(DELEGATE, COLLEAGUE), "statement", "say", "treaty", null, "2031-09-09", 102),
                true, saidOnce, saidAgain).isPresent());
    }

    @Test
    void shouldNotBridgeWhenTheCandidatesArticleToldOneOfThem() {
        var unnamed = report(10, Set.of(), "sign", "sign", "treaty", null, "2031-09-09", 102);
        var named = report(11, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-10", 101);

        assertFalse(bridged(report(-1, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-09", 102),
                true, unnamed, named).isPresent());
    }

    /** Two named signings in two towns both match a report naming the two delegates: their places differ. */
    @Test
    void shouldNotBridgeEventsWhosePlacesDiffer() {
        var elsewhere = report(10, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Osby", "2031-09-09", 100);
        var named = report(11, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-10", 101);
        var wire = report(-1, Set.of(DELEGATE, COLLEAGUE), "sign", "sign", "treaty", "Brevik", "2031-09-09", 103);

        assertEquals(2, EventMatcher.matches(wire, List.of(elsewhere, named)).size());
        assertFalse(bridged(wire, true, elsewhere, named).isPresent());
    }

    /** "X met Y" and "X met Z": each names a person the other does not, so two meetings, whatever matches both. */
    @Test
    void shouldNotBridgeTwoEventsThatEachNameSomeoneTheOtherDoesNot() {
        var withColleague = report(10, Set.of(DELEGATE, COLLEAGUE), "meeting", "meet", "talks", "Brevik", "2031-09-09", 100);
        var withStranger = report(11, Set.of(DELEGATE, STRANGER), "meeting", "meet", "talks", "Brevik", "2031-09-09", 101);
        var all = report(-1, Set.of(DELEGATE, COLLEAGUE, STRANGER), "meeting", "meet", "talks", "Brevik", "2031-09-09", 102);

        assertFalse(bridged(all, true, withColleague, withStranger).isPresent());
    }

    @Test
    void shouldLeaveTheMergeToArticlesThatToldBothApart() {
        assertTrue(BridgingReport.fromOtherArticles(10, 11, Map.of(10L, Set.of(100L), 11L, Set.of(101L, 102L))));
        assertFalse(BridgingReport.fromOtherArticles(10, 11, Map.of(10L, Set.of(100L), 11L, Set.of(100L))));
    }
}
