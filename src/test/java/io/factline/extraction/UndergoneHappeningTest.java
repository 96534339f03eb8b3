package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndergoneHappeningTest {

    private static String action(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return UndergoneHappening.action(s.tokens(), s.at(verb));
    }

    @Test
    void shouldTakeTheHappeningTheObjectNames() {
        assertEquals("medical", action("The goalkeeper will undergo a medical in Tarvik.", "undergo"));
        assertEquals("medical", action("The winger passed his medical at the training ground.", "passed"));
        assertEquals("medical", action("The defender will have his medical next week.", "have"));
        assertEquals("exam", action("Three hundred cadets sat the final examination in the hall.", "sat"));
        assertEquals("inspection", action("The ferry failed a safety inspection at the harbour.", "failed"));
        assertEquals("vote", action("The committee will hold a vote on the levy.", "hold"));
    }

    @Test
    void shouldKeepVerbsWhoseObjectNamesNoHappening() {
        assertNull(action("The winger passed the ball to Okafor.", "passed"));
        assertNull(action("The club will have his medical records by noon.", "have"));
        assertNull(action("The minister took the train to Riga.", "took"));
        assertNull(action("The envoys will have talks in Riga.", "have"));
        assertNull(action("The clinic will examine the striker.", "examine"));
    }

    @Test
    void shouldTellOneMedicalWhateverTheVerbAndDateItThroughHave() {
        EventExtractor extractor = ExtractedCandidates.EXTRACTOR;
        LocalDate tuesday = LocalDate.of(2026, 3, 10);

        List<EventCandidate> had = extractor.extract("Goalkeeper Arjen Moller will have his medical in Tarvik "
                + "on Thursday, a person at the club said.", tuesday);
        List<EventCandidate> passed = extractor.extract("Goalkeeper Arjen Moller passed his medical in Tarvik "
                + "on Monday, the club announced.", tuesday);

        assertEquals(1, had.size(), had::toString);
        assertEquals("medical", had.get(0).action());
        assertEquals(EventKinds.EXAMINATION, had.get(0).kind());
        assertEquals("2026-03-12", had.get(0).date().value());
        assertEquals("medical", passed.get(0).action());
        assertEquals(EventKinds.EXAMINATION, passed.get(0).kind());
    }
}
