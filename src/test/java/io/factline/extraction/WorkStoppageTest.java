package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkStoppageTest {

    private static boolean told(String sentence, String word) {
        Tagged s = Tagged.of(sentence);
        return WorkStoppage.told(s.tokens(), s.at(word));
    }

    @Test
    void shouldReadWorkersStoppingWorkAsAStrike() {
        assertTrue(told("Baggage handlers walked off the job at noon on Friday.", "walked"));
        assertTrue(told("Cleaners will stop work for 24 hours from Monday.", "stop"));
        assertTrue(told("Cleaners will stop work for 24 hours from Monday.", "work"));
        assertTrue(told("Nurses went on strike on Thursday.", "went"));
    }

    @Test
    void shouldKeepOtherStopsAndWalks() {
        assertFalse(told("Inspectors halted work on the bridge on Monday.", "halted"));
        assertFalse(told("The mayor walked off the stage after the vote.", "walked"));
        assertFalse(told("The bus stopped near the harbour on Monday.", "stopped"));
    }
}
