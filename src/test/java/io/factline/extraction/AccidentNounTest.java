package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccidentNounTest {

    /** A Friday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 16);

    @Test
    void shouldTakeTheAccidentThatIsTheSubjectForTheHappening() {
        EventCandidate blast = ExtractedCandidates.only(
                "A blast at the Ardent Paints depot in Varo injured six workers on Wednesday.", REFERENCE);

        assertEquals("explosion", blast.action());
        assertEquals(EventKinds.EXPLOSION, blast.kind());
        assertEquals(List.of("Ardent Paints"), blast.participantNames());
        assertEquals("Varo", blast.location());
    }

    @Test
    void shouldDateAnAccidentNamedOnlyByItsNoun() {
        EventCandidate explosion = ExtractedCandidates.only(
                "The explosion at the Varo depot on October 14 was the worst in the region for years.", REFERENCE);

        assertEquals("2026-10-14", explosion.date().value());
        assertEquals(EventKinds.EXPLOSION, explosion.kind());
    }

    @Test
    void shouldKeepTheVerbWhenTheSubjectIsNoAccident() {
        EventCandidate act = ExtractedCandidates.only("The storm injured six workers on Wednesday.", REFERENCE);

        assertEquals("injure", act.action());
    }
}
