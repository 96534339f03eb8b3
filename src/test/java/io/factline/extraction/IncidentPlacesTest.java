package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.extraction.IncidentPlaces.Relation;
import org.junit.jupiter.api.Test;

class IncidentPlacesTest {

    @Test
    void shouldTreatAPlaceInsideAnotherPlaceNameAsTheSamePlace() {
        assertEquals(Relation.SAME, IncidentPlaces.relation("Korrin", "Korrin pumping station"));
        assertEquals(Relation.SAME, IncidentPlaces.relation("eastern Selwick", "Selwick"));
        assertEquals(Relation.SAME, IncidentPlaces.relation("Selwick", "selwick"));
    }

    @Test
    void shouldNotSetANamedFeatureAgainstATown() {
        assertEquals(Relation.COMPATIBLE, IncidentPlaces.relation("Ashby River", "Korrin"));
        assertEquals(Relation.COMPATIBLE, IncidentPlaces.relation("Korrin", "Lake Tessa"));
        assertEquals(Relation.COMPATIBLE, IncidentPlaces.relation("Quarry Lane", "Selwick"));
    }

    @Test
    void shouldTellTwoTownsOrTwoFeaturesApart() {
        assertEquals(Relation.DIFFERENT, IncidentPlaces.relation("Korrin", "Selwick"));
        assertEquals(Relation.DIFFERENT, IncidentPlaces.relation("Ashby River", "Quarry Lane"));
    }

    @Test
    void shouldFindNoDisagreementWhenAPlaceIsMissing() {
        assertEquals(Relation.UNKNOWN, IncidentPlaces.relation(null, "Korrin"));
        assertEquals(Relation.UNKNOWN, IncidentPlaces.relation("Ashby River", null));
    }

    @Test
    void shouldLetAnIncidentAtAFeatureTakeTheTownAnotherReportNames() {
        assertEquals(true, IncidentPlaces.townFor(EventKinds.LEAK, "Ashby River", "Korrin"));
        assertEquals(false, IncidentPlaces.townFor(EventKinds.LEAK, "Korrin", "Ashby River"));
        assertEquals(false, IncidentPlaces.townFor(EventKinds.MEETING, "Ashby River", "Korrin"));
    }
}
