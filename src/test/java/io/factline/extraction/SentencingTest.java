package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sentence handed down is the sentencing however worded; a verdict is not. */
class SentencingTest {

    /** A Saturday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 10);

    private static EventCandidate only(String text) {
        return ExtractedCandidates.only(text, REFERENCE);
    }

    @Test
    void shouldTellSentencedJailedAndImprisonedAsOneSentencing() {
        EventCandidate sentenced = only("Judge Harriet Ong sentenced Delia Ostrander to six years on Friday.");
        EventCandidate jailed = only("Delia Ostrander was jailed for six years on Friday.");
        EventCandidate imprisoned = only("The smuggler was imprisoned for 18 months on Friday.");

        for (EventCandidate c : new EventCandidate[] {sentenced, jailed, imprisoned}) {
            assertEquals(Sentencing.SENTENCE, c.action(), c::toString);
            assertEquals(Sentencing.SENTENCE, c.kind(), c::toString);
        }
        assertEquals("2026-10-09", jailed.date().value());
    }

    @Test
    void shouldTellASentencingStillToComeByItsVerb() {
        EventCandidate due = only("Delia Ostrander will be sentenced on Tuesday.");

        assertEquals(Sentencing.SENTENCE, due.action());
        assertEquals("2026-10-13", due.date().value());
    }

    @Test
    void shouldNotTakeJailWithoutATermForASentence() {
        EventCandidate held = only("Piet Haverkamp was jailed pending trial on Friday.");

        assertNotEquals(Sentencing.SENTENCE, held.action());
    }

    @Test
    void shouldGiveASentencedFormItsSilentE() {
        assertEquals("sentence", VerbLemmas.repair("sentenced", "sentenced"));
        assertEquals("sentence", VerbLemmas.repair("sentenced", "sentenc"));
        assertEquals("judge", VerbLemmas.repair("judged", "judg"));
        assertEquals("ground", VerbLemmas.repair("grounded", "grounded"));
    }
}
