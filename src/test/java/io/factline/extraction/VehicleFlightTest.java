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

    @Test
    void shouldReadARocketSentIntoSpaceAsItsLaunch() {
        EventCandidate launch = ExtractedCandidates.only(
                "Corvane Aerospace sent its Talon rocket into space on Friday with a mapping satellite aboard.", REFERENCE);

        assertEquals(VehicleFlight.LAUNCH, launch.action());
        assertEquals(EventKinds.of(VehicleFlight.LAUNCH), launch.kind());
    }

    @Test
    void shouldReadASatelliteSentIntoLowOrbitAsItsLaunch() {
        EventCandidate launch = ExtractedCandidates.only(
                "The agency sent a new weather satellite into low orbit on Friday.", REFERENCE);

        assertEquals(VehicleFlight.LAUNCH, launch.action());
    }

    @Test
    void shouldKeepGoodsSentSomewhereAHandingOver() {
        EventCandidate sent = ExtractedCandidates.only("The ministry sent two trucks of flour to Tarvik on Friday.", REFERENCE);

        assertEquals(EventKinds.TRANSFER, sent.kind());
    }

    @Test
    void shouldKeepARocketSentToThePadAHandingOver() {
        EventCandidate moved = ExtractedCandidates.only("Crews sent the rocket to the pad on Friday.", REFERENCE);

        assertEquals(EventKinds.TRANSFER, moved.kind());
    }
}
