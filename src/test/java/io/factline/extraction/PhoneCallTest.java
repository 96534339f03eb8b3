package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneCallTest {

    private static boolean told(String sentence) {
        Tagged s = Tagged.of(sentence);
        return PhoneCall.told(s.tokens(), 0, s.tokens().size());
    }

    @Test
    void shouldTellAnActDoneOnTheTelephone() {
        assertTrue(told("The two premiers spoke by phone on Sunday."));
        assertTrue(told("Ostrova settled the dispute with Kilmer in a telephone conversation last week."));
        assertTrue(told("They agreed on the text over the phone."));
        assertTrue(told("The ministers held video talks on Friday."));
        assertTrue(told("Kilmer phoned the chancellor on Monday."));
    }

    @Test
    void shouldNotTakeATelephoneThatIsNoMediumForACall() {
        assertFalse(told("Phone networks in the north were cut on Monday."));
        assertFalse(told("The minister released a video on Tuesday."));
        assertFalse(told("The envoys met in Riga on Monday."));
    }
}
