package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeAsideTest {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 17);

    @Test
    void shouldTakeTheNameBeforeTheAsideForTheSubjectOfTheVerbAfterIt() {
        EventCandidate trip = ExtractedCandidates.only("Harbour commissioner Ilse Brandvold, who signed the lease, "
                + "will fly to Tromsdal on Friday.", WEDNESDAY);

        assertEquals(List.of("Ilse Brandvold"), trip.participantNames());
        assertEquals("Brandvold flies to Tromsdal", trip.title());
        assertEquals("2026-06-19", trip.date().value());
    }

    @Test
    void shouldDateTheVerbBeforeTheAsideAndKeepThePlaceAfterIt() {
        EventCandidate seizure = ExtractedCandidates.only("The militia captured the three, who drive for the "
                + "charity Clearwater Aid, on a road near the town of Ostrel in March.", WEDNESDAY);

        assertEquals("capture", seizure.action());
        assertEquals("2026-03", seizure.date().value());
        assertEquals("Ostrel", seizure.location());
    }

    @Test
    void shouldLeaveARelativeClauseThatEndsTheSentenceAlone() {
        Tagged s = Tagged.of("The mayor thanked the crews, who had worked through the night.");

        assertEquals(-1, RelativeAside.described(s.tokens(), s.tokens().size() - 1));
    }
}
