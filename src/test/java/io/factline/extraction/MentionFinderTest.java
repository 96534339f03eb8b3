package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.entity.EntityKind;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static EntityKind kindOf(Tagged s, String name) {
        return s.mentions().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().kind();
    }

    @Test
    void shouldTakeLoneNamesThatMeetAsPeople() {
        Tagged s = Tagged.of("Marek met Halloran in Brisbane on Monday for an hour.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Marek"));
        assertEquals(EntityKind.PERSON, kindOf(s, "Halloran"));
        assertEquals(EntityKind.PLACE, kindOf(s, "Brisbane"));
    }

    @Test
    void shouldLookPastAuxiliariesForTheMeetingVerb() {
        Tagged s = Tagged.of("Quintero will meet Abernathy in Lagos next week, an aide said.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Quintero"));
        assertEquals(EntityKind.PERSON, kindOf(s, "Abernathy"));
    }

    @Test
    void shouldStillGuessALoneNameVisitedAsAPlace() {
        Tagged s = Tagged.of("Quintero will visit Tarragona on Friday.");

        assertEquals(EntityKind.PLACE, kindOf(s, "Tarragona"));
    }

    @Test
    void shouldTakeALoneNameWithItsRoleBetweenCommasAsAPerson() {
        Tagged s = Tagged.of("Reporters waited for Okonkwo, the deputy governor, outside the court.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Okonkwo"));
    }

    @Test
    void shouldTakeALoneNameThatReportsAfterTheNewsAsAPerson() {
        Tagged s = Tagged.of("The ferry will sail again on Monday, Castellanos told reporters.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Castellanos"));
        assertEquals("Castellanos", s.attribution().source());
    }
}
