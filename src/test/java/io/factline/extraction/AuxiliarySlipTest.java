package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuxiliarySlipTest {

    @Test
    void shouldReadAPluralTaggedAsAnAuxiliaryAsANoun() {
        assertTrue(AuxiliarySlip.pluralNoun("passwords", "AUX"));
        assertTrue(AuxiliarySlip.pluralNoun("Records", "AUX"));
    }

    @Test
    void shouldKeepTheFormsOfAuxiliaries() {
        for (String aux : List.of("has", "is", "was", "does", "gets", "'s")) {
            assertFalse(AuxiliarySlip.pluralNoun(aux, "AUX"), aux);
        }
        assertFalse(AuxiliarySlip.pluralNoun("passwords", "NOUN"));
    }

    @Test
    void shouldGiveADeniedPassiveTheftItsSubjectAsObject() {
        EventCandidate denial = ExtractedCandidates.only(
                "The bookshop chain denied on Thursday that passwords had been stolen in the break-in.",
                LocalDate.of(2026, 4, 3));
        Token passwords = Nlp.english().tokens("The bookshop chain denied on Thursday that passwords had been stolen "
                + "in the break-in.").stream()
                .filter(t -> t.is("passwords")).findFirst().orElseThrow();

        assertEquals("NOUN", passwords.pos());
        assertEquals(Taking.ACTION, denial.action());
        assertEquals("password", denial.theme());
    }
}
