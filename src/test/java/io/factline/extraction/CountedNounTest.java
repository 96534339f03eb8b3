package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountedNounTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 22);

    @Test
    void shouldTakeWhatTheArticleCountedForTheObjectOfAPassiveCount() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Talks on the return of three fishing "
                + "crews ended on Sunday.\nThe three were released on Saturday after a month at sea.", MONDAY);

        EventCandidate release = found.stream().filter(c -> c.action().equals("release")).findFirst().orElseThrow();
        assertEquals("crew", release.theme());
        assertEquals(EventKinds.RELEASE, release.kind());
    }

    @Test
    void shouldLeaveACountTheArticleNeverMadeWithoutObject() {
        EventCandidate release = ExtractedCandidates.only("The three were released on Saturday after a month at sea.",
                MONDAY);

        assertNull(release.theme());
    }
}
