package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PerceivedActTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    @Test
    void shouldResolveABareVerbAfterAPastPerceptionVerbBackwards() {
        EventCandidate c = ExtractedCandidates.only(
                "Two neighbours saw the men leave the depot on Monday night, police said.", WEDNESDAY);

        assertEquals("2026-03-09", c.date().value());
    }

    @Test
    void shouldKeepAnInfinitiveAfterANounLookingForward() {
        EventCandidate c = ExtractedCandidates.only("Dockers to walk out on Monday.", WEDNESDAY);

        assertEquals("2026-03-16", c.date().value());
    }
}
