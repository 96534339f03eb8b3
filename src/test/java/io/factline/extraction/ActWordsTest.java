package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of acts told in other words ({@code extraction/acts.txt}) and how a line of it is read. */
class ActWordsTest {

    @Test
    void shouldTellTheWordsOfOneActAsTheSameAction() {
        assertTrue(EventKinds.sameAction("resign", "quit"));
        assertTrue(EventKinds.sameAction("arrest", "detain"));
        assertTrue(EventKinds.sameAction("oust", "dismiss"));
        assertTrue(EventKinds.sameAction("sign", "signing"));
        assertTrue(EventKinds.sameAction("buy", "acquire"));
        assertTrue(EventKinds.sameAction("free", "release"));
        assertTrue(EventKinds.sameAction("die", "death"));
    }

    @Test
    void shouldKeepWordsOfDifferentActsApart() {
        assertFalse(EventKinds.sameAction("resign", "arrest"));
        assertFalse(EventKinds.sameAction("sign", "buy"));
        assertFalse(EventKinds.sameAction("leave", "resign"));
        assertFalse(EventKinds.sameAction(null, "resign"));
    }

    @Test
    void shouldGiveAWordWithoutAKindOfItsOwnTheKindOfItsAct() {
        assertEquals("dismissal", EventKinds.of("oust"));
        assertEquals("die", EventKinds.of("death"));
        assertEquals("sign", EventKinds.of("signing"));
        assertEquals(EventKinds.RESIGNATION, EventKinds.of("resignation"));
        assertTrue(EventKinds.known("dismissal"));
    }

    @Test
    void shouldLeaveAWordThatNeedsItsObjectWithItsOwnKind() {
        assertEquals("seal", EventKinds.of("seal"));
        assertEquals("fire", EventKinds.of("fire"));
        assertEquals("dismiss", EventKinds.of("dismiss"));
    }

    @Test
    void shouldTellAWordWithAClassAsItsActOnlyWithAnObjectOfThatClass() {
        assertEquals("sign", ActWords.act("seal", "deal", false));
        assertEquals("sign", ActWords.act("ink", "pact", false));
        assertNull(ActWords.act("seal", "border", false));
        assertEquals("dismiss", ActWords.act("fire", "coach", false));
        assertEquals("dismiss", ActWords.act("fire", null, true));
        assertNull(ActWords.act("fire", "shot", false));
        assertEquals("approve", ActWords.act("pass", "bill", false));
        assertNull(ActWords.act("pass", "letter", false));
        assertNull(ActWords.act("resign", null, false));
    }

    @Test
    void shouldReadAVerbAndItsParticleAsOneWord() {
        assertEquals("resign", EventKinds.phrasal("stand", "down"));
        assertEquals("resign", EventKinds.phrasal("leave", "office"));
        assertEquals("leave", EventKinds.phrasal("leave", "town"));
    }

    @Test
    void shouldLookUpStoredReportsUnderEveryWordOfTheAct() {
        List<String> like = EventKinds.actionsLike("quit", EventKinds.RESIGNATION);

        assertEquals("quit", like.get(0));
        assertTrue(like.contains("resign"));
        assertTrue(EventKinds.sameOrConverseActions("oust").contains("dismiss"));
    }

    @Test
    void shouldReadALineContinuedOnTheNext() {
        // "sacking, ouster" continue the dismissal's line of the table.
        assertTrue(EventKinds.sameAction("ouster", "sacking"));
        assertEquals("dismissal", EventKinds.of("sacking"));
    }

    @Test
    void shouldRefuseALineItCannotRead() {
        assertThrows(IllegalStateException.class, () -> ActWords.parse(List.of("no equals sign here")));
        assertThrows(IllegalStateException.class, () -> ActWords.parse(List.of("bad act name! = a, b")));
    }
}
