package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One party's act told a day off by another outlet ({@link DayOffReport}), through {@link EventMatcher#best}: the
 * features below stand for reports such as "cleaners at Norvik Hotels walked off the job on Tuesday" (a strike
 * of the hotel group, object "job") and "the cleaners' strike at Norvik Hotels, which started on Wednesday".
 */
class DayOffReportTest {

    private static final long HOTELS = 1;
    private static final long UNION = 2;
    private static final long POLICE = 3;
    private static final long SUSPECT = 4;
    private static final long OTHER_SUSPECT = 5;
    private static final long WIRE = 100;
    private static final long PAPER = 200;
    private static final long RADIO = 300;

    private static EventMatcher.Features report(long id, Set<Long> parties, String kind, String action, String object,
            String place, String day, long article) {
        return new EventMatcher.Features(id, parties, kind, action, object, place, EdtfDate.parse(day), Set.of(article));
    }

    private static EventMatcher.Features walkout(long id, String day, long article) {
        return report(id, Set.of(HOTELS), "strike", "walkout", "job", null, day, article);
    }

    private static EventMatcher.Features strike(String day, long article) {
        return report(-1, Set.of(HOTELS), "strike", "strike", null, null, day, article);
    }

    @Test
    void shouldJoinOnePartysStrikeThatAnotherOutletDatesADayLater() {
        Optional<EventMatcher.Match> match = EventMatcher.best(strike("2038-05-12", PAPER),
                List.of(walkout(10, "2038-05-11", WIRE)));

        assertTrue(match.isPresent());
        assertEquals(10, match.get().event().id());
        assertFalse(match.get().sameDate());
        assertTrue(match.get().dayOff());
    }

    @Test
    void shouldJoinInEitherOrderAndADayEarlierToo() {
        assertTrue(EventMatcher.best(walkout(-1, "2038-05-11", WIRE),
                List.of(report(10, Set.of(HOTELS), "strike", "strike", null, null, "2038-05-12", PAPER))).isPresent());
        assertTrue(EventMatcher.best(strike("2038-05-10", PAPER), List.of(walkout(10, "2038-05-11", WIRE))).isPresent());
    }

    @Test
    void shouldKeepApartWhatOneArticleTellsOnTwoDays() {
        assertTrue(EventMatcher.best(strike("2038-05-12", WIRE), List.of(walkout(10, "2038-05-11", WIRE))).isEmpty());
    }

    @Test
    void shouldKeepApartActsTwoDaysApart() {
        assertTrue(EventMatcher.best(strike("2038-05-13", PAPER), List.of(walkout(10, "2038-05-11", WIRE))).isEmpty());
    }

    @Test
    void shouldKeepApartKindsThePartiesHaveEveryDay() {
        var talks = report(10, Set.of(HOTELS), "meeting", "meet", null, null, "2038-05-11", WIRE);
        var said = report(11, Set.of(HOTELS), "statement", "say", null, null, "2038-05-11", WIRE);

        assertTrue(EventMatcher.best(report(-1, Set.of(HOTELS), "meeting", "talk", null, null, "2038-05-12", PAPER),
                List.of(talks)).isEmpty());
        assertTrue(EventMatcher.best(report(-1, Set.of(HOTELS), "statement", "say", null, null, "2038-05-12", PAPER),
                List.of(said)).isEmpty());
    }

    @Test
    void shouldKeepApartClosuresOfTwoThings() {
        var plant = report(10, Set.of(HOTELS), "shutdown", "close", "plant", null, "2038-05-11", WIRE);

        assertTrue(EventMatcher.best(report(-1, Set.of(HOTELS), "shutdown", "shut", "office", null, "2038-05-12", PAPER),
                List.of(plant)).isEmpty());
        assertTrue(EventMatcher.best(report(-1, Set.of(HOTELS), "shutdown", "shut", null, null, "2038-05-12", PAPER),
                List.of(plant)).isPresent());
    }

    @Test
    void shouldKeepApartStrikesInTwoPlaces() {
        var north = report(10, Set.of(HOTELS), "strike", "walkout", null, "Lindby", "2038-05-11", WIRE);

        assertTrue(EventMatcher.best(report(-1, Set.of(HOTELS), "strike", "strike", null, "Ormesund", "2038-05-12",
                PAPER), List.of(north)).isEmpty());
    }

    @Test
    void shouldKeepApartArrestsOfTwoPeople() {
        var first = new EventMatcher.Features(10, Set.of(POLICE, SUSPECT), "arrest", "arrest", null, null,
                EdtfDate.parse("2038-05-11"), Set.of(WIRE), Set.of(), null, Set.of(SUSPECT));
        var second = new EventMatcher.Features(-1, Set.of(POLICE, OTHER_SUSPECT), "arrest", "detain", null, null,
                EdtfDate.parse("2038-05-12"), Set.of(PAPER), Set.of(), null, Set.of(OTHER_SUSPECT));

        assertTrue(EventMatcher.best(second, List.of(first)).isEmpty());
    }

    @Test
    void shouldKeepApartADenial() {
        var denial = new EventMatcher.Features(-1, Set.of(HOTELS), "strike", "strike", null, null,
                EdtfDate.parse("2038-05-12"), Set.of(PAPER), Set.of(), null, Set.of(), Set.of(), true);

        assertTrue(EventMatcher.best(denial, List.of(walkout(10, "2038-05-11", WIRE))).isEmpty());
    }

    @Test
    void shouldNotChooseWhenThePartyStrikesOnSeveralDays() {
        var monday = walkout(10, "2038-05-10", WIRE);
        var wednesday = walkout(11, "2038-05-12", RADIO);

        assertTrue(EventMatcher.best(strike("2038-05-11", PAPER), List.of(monday, wednesday)).isEmpty());
        assertTrue(EventMatcher.best(strike("2038-05-13", PAPER),
                List.of(walkout(10, "2038-05-08", WIRE), wednesday)).isEmpty());
    }

    @Test
    void shouldJoinAReportNamingNobodyAtTheSamePlace() {
        var dockers = report(10, Set.of(), "strike", "walkout", null, "Westhaven", "2038-05-11", WIRE);

        assertTrue(EventMatcher.best(report(-1, Set.of(UNION), "strike", "strike", null, "Westhaven", "2038-05-12",
                PAPER), List.of(dockers)).isPresent());
        assertTrue(EventMatcher.best(report(-1, Set.of(UNION), "strike", "strike", null, null, "2038-05-12", PAPER),
                List.of(dockers)).isEmpty());
    }

    @Test
    void shouldNeverBridgeTwoEventsOnAMatchADayOff() {
        var sameDay = report(10, Set.of(HOTELS, UNION), "strike", "walkout", "job", null, "2038-05-12", WIRE);
        var dayBefore = report(11, Set.of(HOTELS), "strike", "strike", null, null, "2038-05-11", RADIO);
        var candidate = report(-1, Set.of(HOTELS, UNION), "strike", "walkout", "job", null, "2038-05-12", PAPER);

        List<EventMatcher.Match> matches = EventMatcher.matches(candidate, List.of(sameDay, dayBefore));
        EventMatcher.Match best = EventMatcher.best(candidate, List.of(sameDay, dayBefore)).orElseThrow();

        assertEquals(10, best.event().id());
        assertTrue(matches.stream().anyMatch(EventMatcher.Match::dayOff));
        assertTrue(BridgingReport.bridged(candidate, true, matches, best).isEmpty());
    }
}
