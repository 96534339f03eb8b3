package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObjectComplementTest {

    @Test
    void shouldDateTheDeclaringVerbNotItsComplement() {
        EventCandidate c = ExtractedCandidates.only("The returns board declared Ana Ferreira elected on Monday "
                + "with 52 percent of the vote.", LocalDate.of(2026, 4, 8));

        assertEquals("declare", c.action());
        assertEquals("2026-04-06", c.date().value());
    }

    @Test
    void shouldKeepAReportedActAfterASaidName() {
        Tagged declared = Tagged.of("The board declared Ana Ferreira elected.");
        Tagged said = Tagged.of("The aide said Ana Ferreira received a letter.");

        assertTrue(ObjectComplement.of(declared.tokens(), declared.at("elected")));
        assertFalse(ObjectComplement.of(said.tokens(), said.at("received")));
    }
}
