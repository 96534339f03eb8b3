package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluralPossessiveNameTest {

    private static List<String> names(Tagged s) {
        return s.mentions().stream().map(Mention::name).toList();
    }

    @Test
    void shouldKeepAUnionNamedForItsMembersWhole() {
        Tagged s = Tagged.of("The Tram Drivers' Union called a strike for Friday.");

        assertTrue(names(s).contains("Tram Drivers Union"), names(s).toString());
        assertEquals(EntityKind.ORGANIZATION, s.mentions().stream()
                .filter(m -> m.name().equals("Tram Drivers Union")).findFirst().orElseThrow().kind());
    }

    @Test
    void shouldKeepAFederationAfterOfWhole() {
        Tagged s = Tagged.of("Delegates of the Quarrymen's Guild and the Bakers' Federation met in Tolvik on Monday.");

        assertTrue(names(s).contains("Bakers Federation"), names(s).toString());
    }

    @Test
    void shouldStillEndANameAtASingularPossessive() {
        Tagged s = Tagged.of("Varenta's Council of Advisers met on Monday.");

        assertFalse(names(s).stream().anyMatch(n -> n.startsWith("Varenta ")), names(s).toString());
    }

    @Test
    void shouldStillEndANameBeforeAThingItOwns() {
        Tagged s = Tagged.of("The Hendersons' Barn burned down on Monday.");

        assertFalse(names(s).stream().anyMatch(n -> n.contains("Hendersons Barn")), names(s).toString());
    }
}
