package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LightVerbNounTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 15);

    private static String action(String sentence, String word) {
        Tagged s = Tagged.of(sentence);
        return LightVerbNoun.action(s.tokens(), s.at(word), Nlp.english()::verbLemma);
    }

    @Test
    void shouldTellALightVerbAndAVerbalNounAsTheVerb() {
        assertEquals("land", action("The rescue helicopter made a hard landing near Orvik.", "made"));
        assertEquals("shell", action("The navy carried out a shelling of the coastal depot.", "carried"));
    }

    @Test
    void shouldKeepNounsOfAKnownKindAndOtherObjects() {
        assertNull(action("The ministers made a meeting room available.", "made"));
        assertNull(action("The bakery made a wedding cake for the mayor.", "made"));
        assertNull(action("The envoys held a meeting in Riga.", "held"));
    }

    @Test
    void shouldMeetTheVerbOfAnotherOutletThroughTheAction() {
        EventCandidate light = ExtractedCandidates.only(
                "A Nordline Air jet made an emergency landing at Orvik on Monday, the airport said.", TUESDAY);
        EventCandidate plain = ExtractedCandidates.only(
                "A Nordline Air jet landed at Orvik on Monday after a bird strike, the airport said.", TUESDAY);

        assertEquals("land", light.action());
        assertEquals(plain.action(), light.action());
        assertEquals("2026-09-14", light.date().value());
    }
}
