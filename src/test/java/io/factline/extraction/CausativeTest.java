package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CausativeTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 9, 16);

    @Test
    void shouldTellTheCausedActInThePastOfTheCausingVerb() {
        EventCandidate c = ExtractedCandidates.only("Heavy fog forced the ferry to turn back to Orvik on Monday.", WEDNESDAY);

        assertEquals("turn", c.action());
        assertEquals("2026-09-14", c.date().value());
    }

    @Test
    void shouldTakeTheWordAfterToAsTheActEvenWhenTaggedANoun() {
        EventCandidate c = ExtractedCandidates.only("A bird strike forced Nordline Air flight 212 to land at Orvik "
                + "on Monday night.", WEDNESDAY);

        assertEquals("land", c.action());
        assertEquals("2026-09-14", c.date().value());
        assertEquals(java.util.List.of("Nordline Air"), c.participantNames());
    }

    @Test
    void shouldLeaveOtherInfinitivesAfterANounAhead() {
        EventCandidate c = ExtractedCandidates.only("The union asked members to walk out on Friday.", WEDNESDAY);

        assertEquals(-1, Causative.caused(Tagged.of("The union asked members to walk out.").tokens(), 2));
        assertEquals("2026-09-18", c.date().value());
    }
}
