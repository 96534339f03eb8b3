package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TripPurposeTest {

    private static boolean forTalks(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return TripPurpose.forTalks(s.tokens(), s.at(verb), s.tokens().size());
    }

    @Test
    void shouldTakeATripToMeetSomeoneForATripForTalks() {
        assertTrue(forTalks("Ostrova will fly to Riga on Friday to meet Chancellor Kilmer.", "fly"));
        assertTrue(forTalks("The envoy travelled to Geneva to negotiate with the rebels.", "travelled"));
    }

    @Test
    void shouldNotTakeATripForAnotherPurposeForTalks() {
        assertFalse(forTalks("Ostrova will fly to Riga on Friday to sign the lease.", "fly"));
        assertFalse(forTalks("Ostrova will fly to Riga on Friday.", "fly"));
    }
}
