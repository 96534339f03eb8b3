package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleAppositionTest {

    private static int opening(Tagged s) {
        return RoleApposition.opening(s.tokens(), s.at("said") - 1);
    }

    @Test
    void shouldFindTheRolePhraseBetweenCommasBeforeTheReportingVerb() {
        Tagged s = Tagged.of("Lena Vik, a spokeswoman for the port authority, said the cranes were idle.");

        assertEquals(s.at(","), opening(s));
    }

    @Test
    void shouldNotTakeAClauseWithAVerbOrWithoutARoleForARolePhrase() {
        assertEquals(-1, opening(Tagged.of("The cranes stopped, the port authority was told, said Vik.")));
        assertEquals(-1, opening(Tagged.of("Lena Vik, the port authority, said the cranes were idle.")));
    }

    @Test
    void shouldTakeARoleOfANamedCountryBeforeAnAuxiliary() {
        Tagged s = Tagged.of("Marta Kiel, Osterland's deputy trade negotiator, will fly to Brno on Monday.");

        assertEquals(s.at(","), RoleApposition.openingBefore(s.tokens(), s.at("fly")));
    }

    @Test
    void shouldNotTakeANamedPossessiveWithoutARoleForARolePhrase() {
        Tagged s = Tagged.of("The ferry, Osterland's oldest vessel, will sail to Brno on Monday.");

        assertEquals(-1, RoleApposition.openingBefore(s.tokens(), s.at("sail")));
    }
}
