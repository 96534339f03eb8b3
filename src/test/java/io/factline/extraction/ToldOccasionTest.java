package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act told "at the meeting" or "during the raid" takes the day of the happening the article told before. */
class ToldOccasionTest {

    /** A Thursday; Tuesday is 2031-05-06, Monday 2031-05-05. */
    private static final LocalDate REFERENCE = LocalDate.of(2031, 5, 8);
    private static final EventExtractor EXTRACTOR = ExtractedCandidates.EXTRACTOR;

    private static final String MEETING = "Envoys of the fishing fleet and the harbour board of Tarrow met at the "
            + "town hall in Velling on Tuesday.\n";

    private static List<EventCandidate> ofAction(List<EventCandidate> found, String action) {
        return found.stream().filter(c -> action.equals(c.action())).toList();
    }

    @Test
    void shouldDateAnActToldAtTheMeetingByTheMeetingToldBefore() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it offered the skippers a lower mooring fee at the meeting.", REFERENCE);

        List<EventCandidate> offers = ofAction(found, "offer");
        assertEquals(1, offers.size(), found::toString);
        assertEquals("2031-05-06", offers.get(0).date().value(), found::toString);
        assertEquals(1, found.stream().filter(c -> EventKinds.MEETING.equals(c.kind())).count(), found::toString);
    }

    @Test
    void shouldTakeTheVerbBeforeANounPhraseTheTaggerMayReadAsAVerb() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it offered the skippers a 3 percent fee cut at the meeting.", REFERENCE);

        List<EventCandidate> offers = ofAction(found, "offer");
        assertEquals(1, offers.size(), found::toString);
        assertEquals("2031-05-06", offers.get(0).date().value(), found::toString);
    }

    @Test
    void shouldDateTheReportedActAtTheTalksNotOnlyTheStatement() {
        List<EventCandidate> found = EXTRACTOR.extract("Ministers of Orsa and Pellin held talks in Dunmere on Monday.\n"
                + "Orsa's trade office said on Wednesday that Pellin had promised at the talks to lift the grain levy.",
                REFERENCE);

        assertTrue(found.stream().anyMatch(c -> "promise".equals(c.action()) && !EventKinds.STATEMENT.equals(c.kind())
                && c.date().value().equals("2031-05-05")), found::toString);
        assertTrue(found.stream().anyMatch(c -> EventKinds.STATEMENT.equals(c.kind())
                && c.date().value().equals("2031-05-07")), found::toString);
    }

    @Test
    void shouldNotDateAnActAtAnIndefiniteMeeting() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it offered the skippers a lower mooring fee at a meeting.", REFERENCE);

        assertEquals(List.of(), ofAction(found, "offer"), found::toString);
    }

    @Test
    void shouldNotDateAnActAtTheNextMeeting() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it would offer the skippers a lower mooring fee at the next meeting.", REFERENCE);

        assertEquals(List.of(), ofAction(found, "offer"), found::toString);
    }

    @Test
    void shouldNotGuessBetweenTwoMeetingsOnTwoDays() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "The mayor of Velling met the fleet's owners on Monday.\n"
                + "Tarrow said it offered the skippers a lower mooring fee at the meeting.", REFERENCE);

        assertEquals(List.of(), ofAction(found, "offer"), found::toString);
    }

    @Test
    void shouldNotDateAnActAfterTheMeeting() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it offered the skippers a lower mooring fee after the meeting.", REFERENCE);

        assertEquals(List.of(), ofAction(found, "offer"), found::toString);
    }

    @Test
    void shouldReadADenialThatAnyOfferWasMadeAsDenyingTheOffer() {
        List<EventCandidate> found = EXTRACTOR.extract(MEETING
                + "Tarrow said it offered the skippers a lower mooring fee at the meeting.\n"
                + "The union denied that any offer had been made.", REFERENCE);

        List<EventCandidate> offers = ofAction(found, "offer");
        assertEquals(2, offers.size(), found::toString);
        assertEquals(Stance.ASSERTS, offers.get(0).stance(), found::toString);
        assertEquals(Stance.DENIES, offers.get(1).stance(), found::toString);
        assertEquals("union", offers.get(1).attributedTo(), found::toString);
    }
}
