package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "X was told by Y that ..." is Y telling X, not X saying it. */
class PassiveTellingTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 17);

    @Test
    void shouldTitleAPassiveTellingByItsDoer() {
        EventCandidate told = ExtractedCandidates.only(
                "Ilse Marek was told by the club's owners on Monday that the stadium would be sold.", REFERENCE);

        assertEquals("Club's owners tell Marek the stadium would be sold", told.title());
    }

    @Test
    void shouldWriteACommonNounHearerInLowerCase() {
        EventCandidate told = ExtractedCandidates.only(
                "Workers were told by managers on Friday that the plant would close in March.", REFERENCE);

        assertEquals("Managers tell workers the plant would close", told.title());
    }

    @Test
    void shouldKeepAnActiveTellingAsItWas() {
        EventCandidate told = ExtractedCandidates.only(
                "Ilse Marek told the club's owners on Monday that the stadium would be sold.", REFERENCE);

        assertEquals(true, told.title().startsWith("Marek"), told::toString);
    }
}
