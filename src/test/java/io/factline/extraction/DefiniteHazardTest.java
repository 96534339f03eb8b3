package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefiniteHazardTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2029, 8, 23);

    private static boolean names(EventCandidate c, String name) {
        return c.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void shouldTakeTheStormForTheStormTheArticleNamed() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Hurricane Lidia flattened piers at "
                + "Bayport on Tuesday. The storm made landfall near the town of Sael on Wednesday.", THURSDAY);

        assertTrue(found.stream().anyMatch(c -> c.date().toString().equals("2029-08-22") && names(c, "Hurricane Lidia")),
                found::toString);
    }

    @Test
    void shouldNotTakeAQuakeForAStorm() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract("Hurricane Lidia flattened piers at "
                + "Bayport on Tuesday. The quake struck the town of Sael on Wednesday.", THURSDAY);

        assertTrue(found.stream().noneMatch(c -> c.date().toString().equals("2029-08-22") && names(c, "Hurricane Lidia")),
                found::toString);
    }
}
