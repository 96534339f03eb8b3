package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpeningPhraseTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    @Test
    void shouldLeaveWhatFollowsTheSpeakerOutOfTheAttributionAfterAParticiplePhrase() {
        Tagged s = Tagged.of("Speaking to Harbour Radio, Mayor Pia Lundgren said the ferry will resume on Monday.");

        assertTrue(OpeningPhrase.endsAt(s.tokens(), s.at(",")));
        assertTrue(s.attribution().covers(s.at("said")));
        assertFalse(s.attribution().covers(s.at("resume")));
    }

    @Test
    void shouldTakeATimeOrPrepositionalPhraseForAnOpeningButNotAClauseOrAHeadlinesNounPhrase() {
        Tagged time = Tagged.of("On Tuesday, Lundgren said the ferry will resume on Monday.");
        Tagged clause = Tagged.of("The ferry will resume on Monday, Lundgren said.");
        Tagged headline = Tagged.of("Ferry back on Monday, mayor says");

        assertTrue(OpeningPhrase.endsAt(time.tokens(), time.at(",")));
        assertFalse(OpeningPhrase.endsAt(clause.tokens(), clause.at(",")));
        assertFalse(OpeningPhrase.endsAt(headline.tokens(), headline.at(",")));
    }

    @Test
    void shouldDateWhatWasSaidNotTheStatementAfterAnOpeningPhrase() {
        EventCandidate trip = ExtractedCandidates.only(
                "Asked about the strike, Lundgren said the ferry crews will walk out on Monday.", REFERENCE);

        assertEquals("2026-10-19", trip.date().value());
        assertEquals(EventKinds.STRIKE, trip.kind());
    }
}
