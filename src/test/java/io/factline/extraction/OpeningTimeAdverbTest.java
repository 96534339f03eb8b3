package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpeningTimeAdverbTest {

    private static final LocalDate THURSDAY = LocalDate.of(2036, 2, 14);

    @Test
    void shouldReadAnOpeningEarlierBeforeATimeAsAnAdverb() {
        assertTrue(OpeningTimeAdverb.at(new String[] {"Earlier", "on", "Tuesday", ","}, 0));
        assertTrue(OpeningTimeAdverb.at(new String[] {"Later", "that", "day", ","}, 0));
        assertTrue(OpeningTimeAdverb.at(new String[] {"Late", "Monday", ","}, 0));
        assertEquals("ADV", Nlp.english().tokens("Earlier on Tuesday, the insurer denied that it had paid the claim.")
                .get(0).pos());
    }

    @Test
    void shouldLeaveNamesAndWordsInsideTheSentenceAlone() {
        assertFalse(OpeningTimeAdverb.at(new String[] {"Early", "Warning", "Systems", "said"}, 0));
        assertFalse(OpeningTimeAdverb.at(new String[] {"Late", "Show", "host"}, 0));
        assertFalse(OpeningTimeAdverb.at(new String[] {"It", "happened", "Earlier", "on", "Monday"}, 2));
        assertFalse(OpeningTimeAdverb.at(new String[] {"earlier", "on", "Monday", ","}, 0));
    }

    @Test
    void shouldKeepWhatIsDeniedAfterAnOpeningEarlierOnADay() {
        EventCandidate denial = ExtractedCandidates.only(
                "Earlier on Tuesday, Marwick Insurance denied that it had ever paid the shipowner.", THURSDAY);

        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("pay", denial.action());
        assertEquals("2036-02-12", denial.date().value());
        assertTrue(denial.participantNames().contains("Marwick Insurance"), denial::toString);
    }

    @Test
    void shouldKeepWhatIsSaidAfterAnOpeningLateOnADay() {
        EventCandidate said = ExtractedCandidates.only(
                "Late on Wednesday, Marwick Insurance said that it had settled the claim.", THURSDAY);

        assertEquals(Stance.ASSERTS, said.stance());
        assertEquals("settle", said.action());
        assertEquals("2036-02-13", said.date().value());
    }
}
