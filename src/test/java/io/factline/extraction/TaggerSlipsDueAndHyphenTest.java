package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two slips of the tagger that {@link Nlp} repairs (s9-scenb). */
class TaggerSlipsDueAndHyphenTest {

    @Test
    void shouldReadTheWordAfterIsDueToAsAVerb() {
        Tagged s = Tagged.of("The minister is due to appear before the panel.");

        assertTrue(s.tokens().get(s.at("appear")).verb());
    }

    @Test
    void shouldReadTheWordAfterWasDueToAsAVerbBeforeAnAdverb() {
        Tagged s = Tagged.of("The envoy was due to arrive later that week.");

        assertTrue(s.tokens().get(s.at("arrive")).verb());
    }

    @Test
    void shouldKeepDueToBeforeANounPhrase() {
        Tagged s = Tagged.of("The delay was due to staff shortages.");

        assertEquals("NOUN", s.tokens().get(s.at("staff")).pos());
    }

    @Test
    void shouldReadAHyphenatedParticipleBeforeANounAsAnAdjective() {
        Tagged s = Tagged.of("The mayor visited the fire-threatened town on Monday.");

        assertEquals("ADJ", s.tokens().get(s.at("threatened")).pos());
    }
}
