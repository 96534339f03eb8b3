package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a vote or decision to do something is about (s13-merge), on sentences written for this test. */
class DecidedActTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);

    @Test
    void shouldTakeTheVerbVotedOnWhenItsObjectIsAName() {
        EventCandidate tally = ExtractedCandidates.only("Governors voted 6-3 on Monday to close Halden Road Primary.",
                REFERENCE);
        EventCandidate plain = ExtractedCandidates.only(
                "The Kelso school board voted on Monday to close Halden Road Primary at the end of the summer term.",
                REFERENCE);

        assertEquals("close", tally.theme());
        assertEquals("close", plain.theme());
        assertEquals(EventKinds.VOTE, plain.kind());
    }

    @Test
    void shouldKeepTheNounWhenTheActHasACommonNounForObject() {
        EventCandidate levy = ExtractedCandidates.only("Councillors voted on Monday to approve the harbour levy.",
                REFERENCE);

        assertEquals("levy", levy.theme());
    }
}
