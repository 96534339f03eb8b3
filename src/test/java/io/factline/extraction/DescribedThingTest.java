package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One thing named and described (s10-scend): {@link DescribedThing}, {@link RestrictiveRelative}. */
class DescribedThingTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 6, 9);

    @Test
    void shouldTakeTheDescriptionForTheNameTheArticleGaveIt() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Engineers lost touch with the Corvo-7 survey satellite on Friday, the operator said.\n"
                        + "The spacecraft was launched in May last year.", REFERENCE);

        EventCandidate launch = found.get(found.size() - 1);
        assertEquals("launch", launch.action());
        assertEquals(List.of("Corvo-7"), launch.participants().stream().map(EventCandidate.Participant::name).toList());
    }

    @Test
    void shouldTakeAnotherWordForTheSameInstitution() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Staff at Ashcombe City Infirmary say the ward was crowded.\n"
                        + "The hospital shut the ward to new patients on Tuesday, two midwives said.", REFERENCE);

        EventCandidate closure = found.get(found.size() - 1);
        assertEquals(EventKinds.SHUTDOWN, closure.kind());
        assertEquals(List.of("Ashcombe City Infirmary"),
                closure.participants().stream().map(EventCandidate.Participant::name).toList());
    }

    @Test
    void shouldKeepTheNounThatDescribesANamedSubject() {
        EventCandidate c = ExtractedCandidates.only("The Corvo-7 satellite broke up on Friday.", REFERENCE);

        assertEquals("satellite", c.subject());
    }

    @Test
    void shouldReadTheSubjectBeforeARelativeClauseWithoutCommas() {
        EventCandidate c = ExtractedCandidates.only(
                "Three climbers who reached the ridge above the hut died on Sunday, the rescue service said.", REFERENCE);

        assertEquals("die", c.action());
        assertEquals("climber", c.subject());
    }

    @Test
    void shouldNotSkipAClauseOfWhatWasSaid() {
        Tagged s = Tagged.of("Officials who said the ward closed were wrong.");

        assertEquals(-1, RestrictiveRelative.described(s.tokens(), s.at("ward")));
    }

    @Test
    void shouldReadAPatientsLemmaAsThePersonNoun() {
        assertEquals("patient", DescribedThing.noun(new Token("patients", 0, 8, "NOUN", "patience")));
        assertEquals("crew", DescribedThing.noun(new Token("crews", 0, 5, "NOUN", "crew")));
    }

    @Test
    void shouldLinkADenialToTheReportOfTheSameDescribedSubject() {
        EventMatcher.Features died = features(1, Set.of(7L), "die", "patient", "2027-06-05", 1);
        EventMatcher.Features denial = features(2, Set.of(9L), "die", "patient", "2027-06-08", 2);
        EventMatcher.Features otherSubject = features(3, Set.of(9L), "die", "donor", "2027-06-08", 2);

        assertTrue(EventMatcher.denies(denial, died, true));
        assertFalse(EventMatcher.denies(otherSubject, died, true));
    }

    @Test
    void shouldNotLinkADenialToAnotherBodysActByTheBodysNounAlone() {
        EventMatcher.Features contract = new EventMatcher.Features(1, Set.of(7L), "approve", "approve", "contract", null,
                EdtfDate.parse("2027-06-05"), Set.of(1L), Set.of(), "board");
        EventMatcher.Features denial = new EventMatcher.Features(2, Set.of(9L), EventKinds.STATEMENT, "approve", "layoff",
                null, EdtfDate.parse("2027-06-08"), Set.of(2L), Set.of(), "board");

        assertFalse(EventMatcher.denies(denial, contract, true));
    }

    private static EventMatcher.Features features(long id, Set<Long> participants, String action, String subject,
            String date, long article) {
        return new EventMatcher.Features(id, participants, action.equals("die") && id == 1 ? "die" : EventKinds.STATEMENT,
                action, null, null, EdtfDate.parse(date), Set.of(article), Set.of(), subject);
    }
}
