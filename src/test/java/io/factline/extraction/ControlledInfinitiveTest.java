package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An infinitive after a word of intention or "be due" is the dated act, though tagged a noun. */
class ControlledInfinitiveTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 12);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldDateTheReopeningAPlanNames() {
        EventCandidate reopen = only("The library still plans to reopen on July 6, with its reading room repainted "
                + "if the builders agree, a spokesman said.");

        assertEquals("reopen", reopen.action(), reopen::toString);
        assertEquals("2026-07-06", reopen.date().value());
    }

    @Test
    void shouldDateTheAppearanceOfSuspectsDueBeforeAJudge() {
        EventCandidate appear = only("The two suspects are due to appear before a judge in Ostwick on Monday, "
                + "when prosecutors will ask for custody.");

        assertEquals("appear", appear.action(), appear::toString);
        assertEquals("Ostwick", appear.location());
        assertEquals("2026-06-15", appear.date().value());
    }

    @Test
    void shouldKeepDueToAsAPrepositionWithoutABe() {
        List<Token> tokens = Nlp.english().tokens("The ferry was delayed due to weather on Monday.");
        Token weather = tokens.stream().filter(t -> t.is("weather")).findFirst().orElseThrow();

        assertEquals("NOUN", weather.pos(), weather::toString);
    }
}
