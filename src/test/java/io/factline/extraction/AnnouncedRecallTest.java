package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnouncedRecallTest {

    private static boolean recall(String sentence) {
        Tagged s = Tagged.of(sentence);
        return AnnouncedRecall.of(s.tokens(), s.at("announced"));
    }

    @Test
    void shouldReadAnAnnouncedRecallAsTheRecall() {
        assertTrue(recall("The bakery announced the recall on Friday."));
        assertTrue(recall("The recall, announced on Sunday, affects about 9,000 loaves."));
    }

    @Test
    void shouldKeepOtherAnnouncementsAsTheyWere() {
        assertFalse(recall("The union announced the strike on Friday."));
        assertFalse(recall("The bakery announced on Friday that it would recall the loaves."));
    }
}
