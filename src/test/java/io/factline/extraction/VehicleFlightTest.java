package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A rocket that flies is launched; a person who flies travels. */
class VehicleFlightTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 14);

    @Test
    void shouldReadARocketFlyingAsItsLaunch() {
        EventCandidate flight = ExtractedCandidates.only("The new booster will fly on Saturday from the coast.", REFERENCE);

        assertEquals(VehicleFlight.LAUNCH, flight.action());
        assertEquals(EventKinds.of(VehicleFlight.LAUNCH), flight.kind());
    }

    @Test
    void shouldKeepAPersonFlyingATrip() {
        EventCandidate trip = ExtractedCandidates.only("Minister Ilse Marek will fly to Tarvik on Saturday.", REFERENCE);

        assertEquals("fly", trip.action());
        assertEquals(EventKinds.TRAVEL, trip.kind());
    }
}
