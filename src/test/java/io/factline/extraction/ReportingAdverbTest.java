package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers of undated denials named by surname or pronoun (s15-deny), on sentences written for this test. */
class ReportingAdverbTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2038, 3, 17);
    private static final String INTRODUCED = "Mira Valk, the depot's manager, spoke to reporters at the gate. ";

    @Test
    void shouldKeepASurnameAsTheSpeakerPastAnAdverbBeforeTheDenyingVerb() {
        EventCandidate denial = denial(INTRODUCED + "Valk also denied that the sprinklers had been switched off.");

        assertEquals("Mira Valk", denial.attributedTo());
        assertEquals("switch", denial.action());
    }

    @Test
    void shouldTakeAPronounsPersonAsTheSpeakerOfAnUndatedDenial() {
        EventCandidate denial = denial(INTRODUCED + "She denied that the sprinklers had been switched off.");

        assertEquals("Mira Valk", denial.attributedTo());
        assertTrue(denial.participants().stream().anyMatch(p -> p.name().equals("Mira Valk")), denial::toString);
    }

    @Test
    void shouldMakeNoDenialOfAPronounNobodyWasNamedFor() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "She denied that the sprinklers had been switched off.", PUBLISHED);

        assertTrue(found.isEmpty(), found::toString);
    }

    private static EventCandidate denial(String text) {
        List<EventCandidate> denials = ExtractedCandidates.EXTRACTOR.extract(text, PUBLISHED).stream()
                .filter(c -> c.stance() == Stance.DENIES).toList();
        assertEquals(1, denials.size(), denials::toString);
        assertEquals("2038-03-17", denials.get(0).date().value());
        return denials.get(0);
    }
}
