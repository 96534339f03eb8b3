package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

    private static final long ENVOY = 1;
    private static final long MINISTER = 2;
    private static final long DEPUTY = 3;
    private static final long OTHER = 4;

    private static EventMatcher.Features event(long id, Set<Long> people, String kind, String action, String place,
            String date, long article) {
        return new EventMatcher.Features(id, people, kind, action, null, place, EdtfDate.parse(date), Set.of(article));
    }

    private static EventMatcher.Features candidate(Set<Long> people, String kind, String action, String place,
            String date, long article) {
        return event(-1, people, kind, action, place, date, article);
    }

    @Test
    void shouldMatchSameParticipantsOnOverlappingDates() {
        var trip = event(10, Set.of(ENVOY, MINISTER), "travel", "travel", "Vienna", "2026-03-12", 100);

        var match = EventMatcher.best(candidate(Set.of(MINISTER, ENVOY), "meeting", "meet", "Vienna", "2026-03-12", 200),
                List.of(trip));

        assertTrue(match.isPresent());
        assertTrue(match.get().sameDate());
    }

    @Test
    void shouldMatchStrongAgreementOnANearbyDifferentDateFromAnotherArticle() {
        var trip = new EventMatcher.Features(10, Set.of(ENVOY, MINISTER), "travel", "travel", "talk", "Vienna",
                EdtfDate.parse("2026-03-12"), Set.of(100L));
        var arrival = event(11, Set.of(ENVOY, MINISTER), "travel", "arrive", "Vienna", "2026-03-12", 100);

        var match = EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), "meeting", "meet", "Vienna", "2026-03-13", 300),
                List.of(trip));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), "meeting", "meet", "Vienna", "2026-03-13", 300),
                List.of(arrival)).isEmpty());
    }

    @Test
    void shouldNotMatchADifferentDateWithinTheSameArticle() {
        var trip = event(10, Set.of(ENVOY, MINISTER), "travel", "travel", null, "2026-03-12", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), "meeting", "meet", null, "2026-03-10", 100),
                List.of(trip)).isEmpty());
    }

    @Test
    void shouldNotMatchDatesWeeksApart() {
        var trip = event(10, Set.of(ENVOY, MINISTER, DEPUTY), "travel", "travel", null, "2026-03-12", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, MINISTER, DEPUTY), "meeting", "join", null, "2026-02", 200),
                List.of(trip)).isEmpty());
    }

    @Test
    void shouldNotMatchIncompatibleKindsOrNoSharedParticipant() {
        var talks = event(10, Set.of(ENVOY, DEPUTY), "meeting", "meet", "Geneva", "2026-03-09", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY), "statement", "say", "Geneva", "2026-03-09", 200),
                List.of(talks)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(OTHER), "meeting", "meet", "Geneva", "2026-03-09", 200),
                List.of(talks)).isEmpty());
    }

    @Test
    void shouldNeedMoreThanOneSharedParticipantWhenPlacesDiffer() {
        var talks = event(10, Set.of(ENVOY, DEPUTY), "meeting", "meet", "Geneva", "2026-03-09", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, OTHER), "meeting", "meet", "Vienna", "2026-03-09", 200),
                List.of(talks)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, DEPUTY), "meeting", "meet", "Vienna", "2026-03-09", 200),
                List.of(talks)).isPresent());
    }

    @Test
    void shouldPreferTheEventWithOverlappingDatesAndMoreSharedParticipants() {
        var geneva = event(10, Set.of(ENVOY, DEPUTY), "meeting", "meet", "Geneva", "2026-03-09", 100);
        var vienna = event(11, Set.of(ENVOY, MINISTER), "travel", "travel", "Vienna", "2026-03-12", 100);

        var match = EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), "meeting", "meet", null, "2026-03-12", 200),
                List.of(geneva, vienna));

        assertEquals(11, match.orElseThrow().event().id());
    }

    @Test
    void shouldLinkADenialToTheEventItDenies() {
        var received = new EventMatcher.Features(10, Set.of(MINISTER), "transfer", "receive", "draft", null,
                EdtfDate.parse("2026-03-02/2026-03-08"), Set.of(100L));
        var denial = new EventMatcher.Features(20, Set.of(OTHER), "statement", "receive", "documents", null,
                EdtfDate.parse("2026-03-11"), Set.of(200L));
        var unrelated = new EventMatcher.Features(21, Set.of(OTHER), "statement", "sign", "documents", null,
                EdtfDate.parse("2026-03-11"), Set.of(200L));
        var tooLate = new EventMatcher.Features(22, Set.of(MINISTER), "statement", "receive", "draft", null,
                EdtfDate.parse("2026-06-11"), Set.of(200L));

        assertTrue(EventMatcher.denies(denial, received, true));
        assertFalse(EventMatcher.denies(unrelated, received, true));
        assertFalse(EventMatcher.denies(tooLate, received, true));
    }

    @Test
    void shouldTakeASwapOnAnotherDayForTheExchangeAnotherOutletReported() {
        var exchange = event(10, Set.of(ENVOY, MINISTER), EventKinds.EXCHANGE, "exchange", "Lorvik", "2026-05-05", 100);

        var match = EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), EventKinds.of("swap"), "swap", "Lorvik",
                "2026-05-04", 200), List.of(exchange));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldMatchAnotherDayOnOneParticipantWithTheSameKindOfActionAndPlace() {
        var walkout = event(10, Set.of(ENVOY), "strike", "walkout", "Westhaven", "2026-03-12", 100);

        var match = EventMatcher.best(candidate(Set.of(ENVOY), "strike", "strike", "Westhaven", "2026-03-13", 200),
                List.of(walkout));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldMatchAnotherDayOnOneParticipantWithTheSameActionAndObject() {
        var vote = new EventMatcher.Features(10, Set.of(ENVOY), "vote", "vote", "offer", null,
                EdtfDate.parse("2026-04-28"), Set.of(100L));

        var same = new EventMatcher.Features(-1, Set.of(ENVOY, OTHER), "vote", "vote", "offer", null,
                EdtfDate.parse("2026-04-29"), Set.of(200L));
        var otherObject = new EventMatcher.Features(-1, Set.of(ENVOY, OTHER), "vote", "vote", "budget", null,
                EdtfDate.parse("2026-04-29"), Set.of(200L));

        assertTrue(EventMatcher.best(same, List.of(vote)).isPresent());
        assertTrue(EventMatcher.best(otherObject, List.of(vote)).isEmpty());
    }

    @Test
    void shouldNotMatchAnotherDayOnOneParticipantAndTheSameActionAlone() {
        var meeting = event(10, Set.of(ENVOY, MINISTER), "meeting", "meet", null, "2026-03-12", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, DEPUTY), "meeting", "meet", null, "2026-03-13", 200),
                List.of(meeting)).isEmpty());
    }

    @Test
    void shouldMatchAReportNamingNobodyOnActionPlaceAndDayOnly() {
        var walkout = event(10, Set.of(ENVOY), "strike", "walkout", "Westhaven", "2026-03-12", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", "Westhaven", "2026-03-12", 200),
                List.of(walkout)).isPresent());
        // s17-date: a day off at the same place is the same strike told with another date (DayOffReport).
        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", "Westhaven", "2026-03-13", 200),
                List.of(walkout)).map(EventMatcher.Match::dayOff).orElse(false));
        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", "Westhaven", "2026-03-14", 200),
                List.of(walkout)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", "Harwich", "2026-03-12", 200),
                List.of(walkout)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(OTHER), "strike", "walkout", "Westhaven", "2026-03-12", 200),
                List.of(walkout)).isEmpty());
    }

    @Test
    void shouldMatchAReportNamingNobodyAndNoPlaceToTheOnlyEventOfItsKindThatDay() {
        var strike = event(10, Set.of(ENVOY), "strike", "strike", null, "2026-03-12", 100);
        var otherStrike = event(11, Set.of(OTHER), "strike", "stoppage", null, "2026-03-12", 101);
        var walkout = candidate(Set.of(), "strike", "walkout", null, "2026-03-12", 200);

        assertTrue(EventMatcher.best(walkout, List.of(strike)).isPresent());
        assertTrue(EventMatcher.best(walkout, List.of(strike, otherStrike)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", null, "2026-03-13", 200),
                List.of(strike)).isEmpty());
        assertTrue(EventMatcher.best(candidate(Set.of(), "strike", "walkout", null, "2026-03-12", 100),
                List.of(strike)).isEmpty());
    }

    @Test
    void shouldMatchAnUnnamedPublicationInTheSameMonthOnlyWhenItsObjectAgrees() {
        var report = new EventMatcher.Features(10, Set.of(MINISTER), "publish", "publish", "report", null,
                EdtfDate.parse("2026-05"), Set.of(100L));
        var sameReport = new EventMatcher.Features(-1, Set.of(), "publish", "publish", "report", null,
                EdtfDate.parse("2026-05"), Set.of(200L));
        var otherThing = new EventMatcher.Features(-1, Set.of(), "publish", "publish", "novel", null,
                EdtfDate.parse("2026-05"), Set.of(200L));
        var otherMonth = new EventMatcher.Features(-1, Set.of(), "publish", "publish", "report", null,
                EdtfDate.parse("2026-06"), Set.of(200L));

        assertTrue(EventMatcher.best(sameReport, List.of(report)).isPresent());
        assertTrue(EventMatcher.best(otherThing, List.of(report)).isEmpty());
        assertTrue(EventMatcher.best(otherMonth, List.of(report)).isEmpty());
    }

    @Test
    void shouldNotMatchAnUnnamedMeetingWithoutAPlaceOnTheDayAlone() {
        var meeting = event(10, Set.of(ENVOY, MINISTER), "meeting", "meet", null, "2026-03-12", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(), "meeting", "meet", null, "2026-03-12", 200),
                List.of(meeting)).isEmpty());
    }

    @Test
    void shouldKeepStatementsMadeOnDifferentDaysApart() {
        var monday = event(10, Set.of(ENVOY, MINISTER), "statement", "walk", null, "2026-03-09", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY, MINISTER), "statement", "walk", null, "2026-03-11", 200),
                List.of(monday)).isEmpty());
    }

    @Test
    void shouldLinkADenialOfReceivingToTheReportThatItWasSent() {
        var sent = new EventMatcher.Features(10, Set.of(ENVOY, MINISTER), "transfer", "send", "letter", null,
                EdtfDate.parse("2026-04-10"), Set.of(100L));
        var neverArrived = new EventMatcher.Features(20, Set.of(OTHER), "statement", "receive", "letter", null,
                EdtfDate.parse("2026-04-14"), Set.of(200L));
        var neverSigned = new EventMatcher.Features(21, Set.of(OTHER), "statement", "sign", "letter", null,
                EdtfDate.parse("2026-04-14"), Set.of(200L));

        assertTrue(EventMatcher.denies(neverArrived, sent, true));
        assertFalse(EventMatcher.denies(neverSigned, sent, true));
    }

    @Test
    void shouldNotMergeASendingWithAReceivingAsOneEvent() {
        var sent = event(10, Set.of(ENVOY, MINISTER), "transfer", "send", null, "2026-04-10", 100);

        assertTrue(EventMatcher.best(candidate(Set.of(ENVOY), "transfer", "receive", null, "2026-04-13", 200),
                List.of(sent)).isEmpty());
    }

    @Test
    void shouldLinkADenialToAStatementOnlyAboutTheSameKindOfObject() {
        var denial = new EventMatcher.Features(20, Set.of(ENVOY, MINISTER), "statement", "receive", "proposal", null,
                EdtfDate.parse("2026-03-10"), Set.of(200L));
        var visit = new EventMatcher.Features(10, Set.of(ENVOY, MINISTER), "statement", "receive", null, null,
                EdtfDate.parse("2026-03-10"), Set.of(200L));
        var draft = new EventMatcher.Features(11, Set.of(ENVOY, MINISTER), "statement", "receive", "draft", null,
                EdtfDate.parse("2026-03-10"), Set.of(200L));

        assertFalse(EventMatcher.denies(denial, visit, true));
        assertTrue(EventMatcher.denies(denial, draft, true));
    }

    @Test
    void shouldMergeTwoWordingsOfOneCourtRulingOnTheSameDay() {
        var ordered = event(10, Set.of(ENVOY, MINISTER), EventKinds.RULING, "order", null, "2026-05-11", 100);
        var signed = event(11, Set.of(ENVOY, MINISTER), "sign", "sign", null, "2026-05-11", 100);

        assertTrue(EventMatcher.score(candidate(Set.of(ENVOY), EventKinds.RULING, "rule", null, "2026-05-11", 200),
                ordered).isPresent());
        assertFalse(EventMatcher.score(candidate(Set.of(ENVOY), "sign", "approve", null, "2026-05-11", 200),
                signed).isPresent());
    }

    @Test
    void shouldTakeASynonymousVerbForTheSameAction() {
        var answer = event(12, Set.of(MINISTER), EventKinds.of("answer"), "answer", null, "2026-04", 100);

        assertTrue(EventMatcher.score(candidate(Set.of(MINISTER), EventKinds.of("reply"), "reply", null, "2026-04", 200), answer)
                .isPresent());
        assertFalse(EventMatcher.score(candidate(Set.of(MINISTER), "resign", "resign", null, "2026-04", 200), answer)
                .isPresent());
    }

    @Test
    void shouldMergeAnArrestToldAsADetentionByAnotherOutlet() {
        var detained = event(14, Set.of(MINISTER), EventKinds.of("detain"), "detain", "Harbourton", "2026-05-03", 100);

        assertTrue(EventMatcher.score(candidate(Set.of(MINISTER), EventKinds.of("arrest"), "arrest", null, "2026-05-03", 200),
                detained).isPresent());
        assertTrue(EventMatcher.score(candidate(Set.of(MINISTER), EventKinds.of("arrest"), "arrest", "Harbourton", "2026-05-04",
                200), detained).isPresent());
    }

    private static EventMatcher.Features incident(long id, Set<Long> who, String action, String place, String date,
            long article) {
        return new EventMatcher.Features(id, who, EventKinds.of(action), action, null, place, EdtfDate.parse(date),
                Set.of(article), Set.of(), null);
    }

    @Test
    void shouldJoinALeakToldByItsOwnerADayOffAsOneIncidentWithTwoDates() {
        var rupture = incident(10, Set.of(ENVOY), "rupture", "Ashby River", "2027-04-10", 100);

        var match = EventMatcher.best(incident(-1, Set.of(ENVOY), "leak", "Korrin", "2027-04-09", 200), List.of(rupture));

        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldJoinReportsOfOneIncidentAtATownAndItsStationOnTheSameDay() {
        var spill = incident(10, Set.of(ENVOY), "spill", "Korrin pumping station", "2027-04-10", 100);

        assertTrue(EventMatcher.best(incident(-1, Set.of(ENVOY), "burst", "Korrin", "2027-04-10", 200), List.of(spill))
                .isPresent());
    }

    @Test
    void shouldKeepOneOwnersLeaksInTwoTownsApart() {
        var first = incident(10, Set.of(ENVOY), "leak", "Korrin", "2027-04-10", 100);

        assertTrue(EventMatcher.best(incident(-1, Set.of(ENVOY), "leak", "Selwick", "2027-04-10", 200), List.of(first))
                .isEmpty());
    }

    @Test
    void shouldKeepOneOwnersLeaksTwoDaysApartOnOtherVerbsApart() {
        var first = incident(10, Set.of(ENVOY), "spill", null, "2027-04-10", 100);

        assertTrue(EventMatcher.best(incident(-1, Set.of(ENVOY), "leak", null, "2027-04-12", 200), List.of(first))
                .isEmpty());
    }

    @Test
    void shouldJoinAnIncidentOnKindAloneOnlyWhenOneStoredIncidentFits() {
        var river = incident(10, Set.of(ENVOY), "spill", "Ashby River", "2027-04-10", 100);
        var depot = incident(11, Set.of(DEPUTY), "leak", null, "2027-04-09", 101);
        var candidate = incident(-1, Set.of(MINISTER), "leak", "Korrin", "2027-04-10", 200);

        assertEquals(10, EventMatcher.best(candidate, List.of(river)).orElseThrow().event().id());
        assertTrue(EventMatcher.best(candidate, List.of(river, depot)).isEmpty());
    }

    @Test
    void shouldNotJoinIncidentsOfTwoTownsOnKindAlone() {
        var first = incident(10, Set.of(ENVOY), "leak", "Selwick", "2027-04-09", 100);

        assertTrue(EventMatcher.best(incident(-1, Set.of(MINISTER), "leak", "Korrin", "2027-04-10", 200), List.of(first))
                .isEmpty());
    }

    private static EventMatcher.Features withPeople(long id, Set<Long> participants, Set<Long> people, String date,
            long article) {
        return new EventMatcher.Features(id, participants, "meeting", "meet", null, "Geneva", EdtfDate.parse(date),
                Set.of(article), Set.of(), null, people);
    }

    @Test
    void shouldNotTakeMeetingsWithTwoDifferentPeopleOnTwoDaysForOneMeetingToldWithTwoDates() {
        var withDeputy = withPeople(10, Set.of(MINISTER, DEPUTY), Set.of(MINISTER, DEPUTY), "2026-03-09", 100);

        assertTrue(EventMatcher.best(withPeople(-1, Set.of(MINISTER, ENVOY), Set.of(MINISTER, ENVOY), "2026-03-10", 200),
                List.of(withDeputy)).isEmpty());
        var sameMeeting = EventMatcher.best(withPeople(-1, Set.of(MINISTER), Set.of(MINISTER), "2026-03-10", 200),
                List.of(withDeputy));
        assertTrue(sameMeeting.isPresent());
        assertFalse(sameMeeting.get().sameDate());
        var sameDay = EventMatcher.best(withPeople(-1, Set.of(MINISTER, ENVOY), Set.of(MINISTER, ENVOY), "2026-03-09", 200),
                List.of(withDeputy));
        assertTrue(sameDay.isPresent(), "on one day, each outlet may name one of the people at one meeting");
    }
}
