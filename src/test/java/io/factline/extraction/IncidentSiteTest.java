package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncidentSiteTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 4, 12);

    @Test
    void shouldPlaceALeakNearATown() {
        EventCandidate leak = ExtractedCandidates.only("A gas main owned by Pellam Utilities leaked on Saturday near Korrin.",
                MONDAY);

        assertEquals(EventKinds.LEAK, leak.kind());
        assertEquals("Korrin", leak.location());
    }

    @Test
    void shouldPlaceASpillInTheRiverItFouled() {
        EventCandidate spill = ExtractedCandidates.only("Heating oil spilled into the Ashby River on Saturday.", MONDAY);

        assertEquals(EventKinds.LEAK, spill.kind());
        assertEquals("Ashby River", spill.location());
    }

    @Test
    void shouldPlaceAnIncidentInTheTownRatherThanTheRiverWhenBothAreGiven() {
        EventCandidate leak = ExtractedCandidates.only(
                "Diesel leaked into the Ashby River on Saturday at a depot in Korrin.", MONDAY);

        assertEquals("Korrin", leak.location());
    }

    @Test
    void shouldPlaceAFirePastAWordOfDirection() {
        EventCandidate fire = ExtractedCandidates.only("A blaze broke out on Sunday at a bakery in northern Selwick.",
                MONDAY);

        assertEquals("fire", fire.kind());
        assertEquals("Selwick", fire.location());
    }

    @Test
    void shouldDateAFireThatToreThroughABuilding() {
        EventCandidate fire = ExtractedCandidates.only("Fire tore through a timber yard on Saturday night.", MONDAY);

        assertEquals("fire", fire.kind());
        assertEquals("2027-04-10", fire.date().value());
        assertEquals("fire", fire.subject());
        assertEquals(java.util.List.of(), fire.participants());
    }

    @Test
    void shouldNotPlaceAMeetingByTheGeneralRuleItDoesNotUse() {
        EventCandidate meeting = ExtractedCandidates.only("Varga met Olufemi on Saturday near Korrin.", MONDAY);

        assertNull(meeting.location());
    }
}
