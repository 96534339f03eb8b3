package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PossessiveTimeTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 13);

    @Test
    void shouldDateTheHappeningAPossessiveDayDeterminesAndTheVerbWithTheOtherDay() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The league confirmed Harlow United as winners of Saturday's playoff on Monday.", WEDNESDAY);

        assertEquals(2, found.size(), found::toString);
        EventCandidate playoff = found.stream().filter(c -> c.action().equals("playoff")).findFirst().orElseThrow();
        EventCandidate confirmed = found.stream().filter(c -> c.action().equals("confirm")).findFirst().orElseThrow();
        assertEquals("2026-05-09", playoff.date().value());
        assertEquals("2026-05-11", confirmed.date().value());
    }

    @Test
    void shouldDateTheNounAfterThePossessiveRatherThanTheSentenceVerb() {
        EventCandidate shooting = ExtractedCandidates.only(
                "Friday's shooting near the Orvik ferry terminal was the third in the port this spring.", WEDNESDAY);

        assertEquals("2026-05-08", shooting.date().value());
        assertEquals("shoot", shooting.action());
    }

    @Test
    void shouldLeaveAPossessiveBeforeAThingToTheVerb() {
        Tagged s = Tagged.of("Monday's newspaper carried the interview.");

        assertEquals(-1, PossessiveTime.dated(s.tokens(), new int[] {0, 0}));
        assertTrue(PossessiveTime.happening(Tagged.of("The runoff was close.").tokens().get(1)));
    }

    @Test
    void shouldDateAnActDoneDuringTheHappeningAsWellAsTheHappening() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Harlow's finance minister, Ada Brenner, proposed a new fishing quota during Monday's talks in Orvik.",
                WEDNESDAY);

        assertEquals(2, found.size(), found::toString);
        EventCandidate talks = found.stream().filter(c -> c.kind().equals(EventKinds.MEETING)).findFirst().orElseThrow();
        EventCandidate proposed = found.stream().filter(c -> c.action().equals("propose")).findFirst().orElseThrow();
        assertEquals("2026-05-11", talks.date().value());
        assertEquals("2026-05-11", proposed.date().value());
        assertTrue(proposed.participants().stream().anyMatch(p -> p.name().equals("Ada Brenner")), proposed::toString);
    }

    @Test
    void shouldNotMakeAnActOfAVerbBeforeAPossessiveThatIsNoOccasion() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "Ada Brenner criticised Monday's talks in Orvik.", WEDNESDAY);

        assertEquals(1, found.size(), found::toString);
    }

    /** s13-merge: a noun made from a verb with "-ment" names a happening; the sentence's own day dates its verb. */
    @Test
    void shouldDateAMentHappeningByItsPossessiveAndTheVerbByItsOwnDay() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The toll from Sunday's tram derailment in Osby rose to four on Tuesday, officers said.", WEDNESDAY);

        EventCandidate derailment = found.stream().filter(c -> c.action().startsWith("derail")).findFirst().orElseThrow();
        EventCandidate rise = found.stream().filter(c -> c.action().equals("rise")).findFirst().orElseThrow();
        assertEquals("2026-05-10", derailment.date().value());
        assertEquals("2026-05-12", rise.date().value());
        assertFalse(PossessiveTime.happening(Tagged.of("The government met.").tokens().get(1)));
    }

    /** s13-merge: what a sentence rejects is not the happening it names by a possessive time. */
    @Test
    void shouldAssertAPossessiveHappeningInsideARejectedClaim() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "The operator has rejected a claim that it ignored warnings before Sunday's tram derailment in Osby.",
                WEDNESDAY);

        EventCandidate derailment = found.stream().filter(c -> c.action().startsWith("derail")).findFirst().orElseThrow();
        assertEquals(Stance.ASSERTS, derailment.stance());
    }
}
