package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindsTest {

    @Test
    void shouldTakeTheWinnerAndTheVictoryForOneObject() {
        assertTrue(EventKinds.sameTheme("winner", "victory"));
        assertTrue(EventKinds.sameTheme("win", "winner"));
        assertFalse(EventKinds.sameTheme("winner", "office"));
        // s14-conflict: public money for one project, told in other words by two outlets.
        assertTrue(EventKinds.sameTheme("subsidy", "funding"));
        assertTrue(EventKinds.sameTheme("grant", "money"));
        assertFalse(EventKinds.sameTheme("subsidy", "budget"));
    }

    @Test
    void shouldTakeFreeingAndReleasingForOneKindOfHappening() {
        assertEquals(EventKinds.RELEASE, EventKinds.of("free"));
        assertEquals(EventKinds.RELEASE, EventKinds.of("release"));
        assertTrue(EventKinds.actionsLike("free", EventKinds.RELEASE).contains("release"));
        assertEquals(EventKinds.RELEASE, EventKinds.of("liberate"));
    }

    @Test
    void shouldLookUpAVoteAlsoUnderTheVerbsAChamberDecidesWith() {
        assertTrue(EventKinds.actionsLike("vote", EventKinds.VOTE).containsAll(List.of("approve", "reject", "pass")));
        assertEquals("vote", EventKinds.actionsLike("vote", EventKinds.VOTE).get(0));
        assertFalse(EventKinds.actionsLike("approve", "approve").contains("vote"));
    }

    @Test
    void shouldPairTheTwoEndsOfAHandingOver() {
        assertTrue(EventKinds.sameOrConverseAction("send", "receive"));
        assertTrue(EventKinds.sameOrConverseAction("get", "hand"));
        assertTrue(EventKinds.sameOrConverseAction("receive", "obtain"));
        assertFalse(EventKinds.sameOrConverseAction("send", "hand"));
        assertFalse(EventKinds.sameOrConverseAction("send", "meet"));
    }

    @Test
    void shouldListTheActionsADenialLookupReads() {
        List<String> forReceive = EventKinds.sameOrConverseActions("receive");

        assertEquals("receive", forReceive.get(0));
        assertTrue(forReceive.containsAll(List.of("send", "hand", "get", "obtain")));
        assertFalse(forReceive.contains("meet"));
        assertEquals(List.of("meet"), EventKinds.sameOrConverseActions("meet"));
    }

    @Test
    void shouldLookUpEveryLemmaOfASpecificKind() {
        assertEquals("walkout", EventKinds.actionsLike("walkout", EventKinds.STRIKE).get(0));
        assertTrue(EventKinds.actionsLike("walkout", EventKinds.STRIKE).containsAll(List.of("strike", "stoppage")));
        assertEquals(List.of("certify"), EventKinds.actionsLike("certify", "certify"));
    }

    @Test
    void shouldTakeASwapAndAnExchangeForOneKindOfHappening() {
        assertEquals(EventKinds.EXCHANGE, EventKinds.of("swap"));
        assertEquals(EventKinds.of("exchange"), EventKinds.of("swap"));
        assertTrue(EventKinds.actionsLike("swap", EventKinds.EXCHANGE).contains("exchange"));
    }

    @Test
    void shouldTakeTheHappeningThatIsHeldForTheAction() {
        assertEquals("hearing", EventKinds.held("hold", "hearing"));
        assertEquals("walkout", EventKinds.held("stage", "walkout"));
        assertEquals(null, EventKinds.held("hold", "talk"));
        assertEquals(null, EventKinds.held("hold", "share"));
        assertEquals(null, EventKinds.held("attend", "hearing"));
        assertEquals(EventKinds.HEARING, EventKinds.of("hear"));
    }

    @Test
    void shouldTakeAPlantAndASiteForOneKindOfObject() {
        assertTrue(EventKinds.sameTheme("plant", "site"));
        assertTrue(EventKinds.sameTheme("factory", "refinery"));
    }

    @Test
    void shouldTakeAReturnHomeForAHomecomingNotAnyTrip() {
        assertEquals("homecoming", EventKinds.phrasal("return", "home"));
        assertTrue(EventKinds.telling(EventKinds.of(EventKinds.phrasal("return", "home"))));
        assertEquals(EventKinds.TRAVEL, EventKinds.of(EventKinds.phrasal("return", "to")));
    }

    @Test
    void shouldTakeDetainingAndArrestingForOneAct() {
        assertEquals(EventKinds.ARREST, EventKinds.of("detain"));
        assertEquals(EventKinds.ARREST, EventKinds.of("arrest"));
        assertTrue(EventKinds.sameAction("detain", "arrest"));
        assertTrue(EventKinds.actionsLike("arrest", EventKinds.ARREST).contains("detain"));
        assertFalse(EventKinds.sameAction("detain", "release"));
    }

    @Test
    void shouldTakeACaveInForACollapseAndATurningDownForARejection() {
        assertEquals("collapse", EventKinds.phrasal("cave", "in"));
        assertEquals("reject", EventKinds.phrasal("turn", "down"));
        assertEquals("turn", EventKinds.phrasal("turn", "back"));
    }
}
