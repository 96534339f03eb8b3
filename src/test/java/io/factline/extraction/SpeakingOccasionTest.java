package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpeakingOccasionTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2031, 9, 18);

    @Test
    void shouldDateTheSayingAtANewsConferenceNotAMeeting() {
        EventCandidate said = ExtractedCandidates.only("At a press conference on Tuesday, the port's director, Olga Brann, "
                + "said the terminal would reopen.", THURSDAY);

        assertEquals(EventKinds.STATEMENT, said.kind());
        assertEquals("2031-09-16", said.date().value());
        assertEquals("Olga Brann", said.attributedTo());
    }

    @Test
    void shouldDateTheSayingInAnInterview() {
        EventCandidate said = ExtractedCandidates.only("In an interview on Monday, Karl Weiss said he would not stand again.",
                THURSDAY);

        assertEquals(EventKinds.STATEMENT, said.kind());
        assertTrue(said.title().startsWith("Weiss says"), said::toString);
    }

    @Test
    void shouldKeepAConferenceThatIsAHappeningOfItsOwn() {
        EventCandidate held = ExtractedCandidates.only("At a climate conference in Bergen on Tuesday, ministers agreed "
                + "to share data.", THURSDAY);

        assertEquals(EventKinds.MEETING, held.kind());
    }
}
