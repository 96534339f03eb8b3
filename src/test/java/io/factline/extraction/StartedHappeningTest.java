package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StartedHappeningTest {

    private static String action(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return StartedHappening.action(s.tokens(), s.at(verb));
    }

    @Test
    void shouldTakeTheHappeningWhoseStartIsReported() {
        assertEquals("strike", action("The strike began at dawn on Tuesday.", "began"));
        assertEquals("strike", action("Bus drivers ended the strike that began on Monday.", "began"));
        assertEquals("strike", action("Deliveries stopped during the strike at the Orlen depot, which started on Friday.", "started"));
        assertEquals("talk", action("The pay deal followed talks that began on Sunday under a mediator.", "began"));
    }

    @Test
    void shouldKeepAStartOfSomethingElseOrAStartedHappeningAsObject() {
        assertNull(action("The union began a strike on Tuesday.", "began"));
        assertNull(action("The ferry service started on Monday.", "started"));
        assertNull(action("After the strike, the company began deliveries again.", "began"));
    }
}
