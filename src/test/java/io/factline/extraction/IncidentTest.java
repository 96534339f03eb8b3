package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import io.factline.extraction.IncidentPlaces.Relation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final long OWNER = 1;
    private static final long OPERATOR = 2;

    private static EventMatcher.Features report(long id, Set<Long> who, String kind, String action, String theme,
            String place, String date, long article, String subject) {
        return new EventMatcher.Features(id, who, kind, action, theme, place, EdtfDate.parse(date), Set.of(article),
                Set.of(), subject);
    }

    @Test
    void shouldJoinOneLeakToldWithOtherNamesAndADayOff() {
        var spill = report(10, Set.of(OWNER), EventKinds.LEAK, "spill", null, null, "2027-04-10", 100, null);
        var leak = report(-1, Set.of(OPERATOR), EventKinds.LEAK, "leak", null, "Korrin", "2027-04-09", 200, null);

        assertTrue(Incident.byKind(leak, spill, false, Relation.UNKNOWN));
    }

    @Test
    void shouldNotJoinIncidentsInTwoTowns() {
        var first = report(10, Set.of(), EventKinds.LEAK, "leak", null, "Korrin", "2027-04-10", 100, null);
        var second = report(-1, Set.of(), EventKinds.LEAK, "leak", null, "Selwick", "2027-04-10", 200, null);

        assertFalse(Incident.byKind(second, first, false, Relation.DIFFERENT));
    }

    @Test
    void shouldNotJoinIncidentsMoreThanADayApartOnKindAlone() {
        var first = report(10, Set.of(OWNER), EventKinds.LEAK, "leak", null, null, "2027-04-07", 100, null);
        var later = report(-1, Set.of(OPERATOR), EventKinds.LEAK, "spill", null, null, "2027-04-09", 200, null);

        assertFalse(Incident.byKind(later, first, false, Relation.UNKNOWN));
    }

    @Test
    void shouldNotJoinTwoIncidentsOfOneArticle() {
        var first = report(10, Set.of(OWNER), EventKinds.LEAK, "leak", null, null, "2027-04-10", 100, null);
        var second = report(-1, Set.of(OPERATOR), EventKinds.LEAK, "leak", null, null, "2027-04-10", 100, null);

        assertFalse(Incident.byKind(second, first, true, Relation.UNKNOWN));
    }

    @Test
    void shouldNotJoinOnAWholeMonth() {
        var first = report(10, Set.of(OWNER), EventKinds.LEAK, "leak", null, null, "2027-04", 100, null);
        var second = report(-1, Set.of(OPERATOR), EventKinds.LEAK, "leak", null, null, "2027-04-10", 200, null);

        assertFalse(Incident.byKind(second, first, false, Relation.UNKNOWN));
    }

    @Test
    void shouldTakeAWeekendAsTheDateOfAnIncident() {
        var leak = report(10, Set.of(OWNER), EventKinds.LEAK, "leak", null, null, "2027-04-10", 100, null);
        var weekend = report(-1, Set.of(OPERATOR), EventKinds.LEAK, "leak", null, null, "2027-04-10/2027-04-11", 200,
                null);

        assertTrue(Incident.byKind(weekend, leak, false, Relation.UNKNOWN));
    }

    @Test
    void shouldTellAFireByItsSubjectNotADismissal() {
        var fire = report(10, Set.of(OWNER), "fire", "fire", null, "Selwick", "2027-04-10", 100, "blaze");
        var dismissal = report(-1, Set.of(OPERATOR), "fire", "fire", "coach", null, "2027-04-10", 200, "club");

        assertTrue(Incident.told(fire));
        assertFalse(Incident.told(dismissal));
        assertFalse(Incident.byKind(dismissal, fire, false, Relation.UNKNOWN));
    }

    @Test
    void shouldNotTakeLeakedDocumentsOrCollapsedTalksOrCrashedMarketsForIncidents() {
        assertFalse(Incident.told(report(1, Set.of(), EventKinds.LEAK, "leak", "memo", null, "2027-04-10", 1, null)));
        assertFalse(Incident.told(report(1, Set.of(), "collapse", "collapse", null, null, "2027-04-10", 1, "talks")));
        assertTrue(Incident.told(report(1, Set.of(), "collapse", "collapse", null, null, "2027-04-10", 1, "roof")));
        assertFalse(Incident.told(report(1, Set.of(), EventKinds.CRASH, "crash", null, null, "2027-04-10", 1, "share")));
        assertTrue(Incident.told(report(1, Set.of(), EventKinds.CRASH, "crash", null, null, "2027-04-10", 1, "bus")));
    }

    @Test
    void shouldReadOutletsVerbsOfOneLeakAsOneKind() {
        for (String verb : new String[] {"leak", "spill", "burst", "rupture", "seep"}) {
            assertTrue(Incident.sameFamily(EventKinds.of(verb), EventKinds.LEAK), verb);
        }
        assertFalse(Incident.sameFamily(EventKinds.of("strike"), EventKinds.of("walkout")));
    }
}
