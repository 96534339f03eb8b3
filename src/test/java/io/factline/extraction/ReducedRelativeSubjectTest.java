package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReducedRelativeSubjectTest {

    @Test
    void shouldTakeTheNounBeforeAParticiplePhraseAsTheSubject() {
        EventCandidate c = ExtractedCandidates.only(
                "A Baltica Shipping ferry carrying 300 tourists ran aground near Lindholm on Friday.", LocalDate.of(2026, 7, 6));

        assertEquals(java.util.List.of("Baltica Shipping"), c.participantNames());
    }

    @Test
    void shouldKeepASubjectWithoutParticiple() {
        Tagged s = Tagged.of("Dock workers at Westhaven walked out on Monday.");
        int[] subject = new SubjectPhrase(s.tokens(), s.attribution())
                .of(s.at("walked"), false);

        assertEquals(0, subject[0]);
    }
}
