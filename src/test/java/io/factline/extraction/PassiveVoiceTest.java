package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A passive sentence is titled by its doer, or keeps the passive when it names none. */
class PassiveVoiceTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 5, 21);

    @Test
    void shouldFindAParticipleAfterAFormOfBe() {
        Tagged passive = Tagged.of("The levy was quietly dropped by the county council.");
        Tagged active = Tagged.of("The county council dropped the levy.");
        Tagged progressive = Tagged.of("The council was dropping the levy.");

        assertTrue(PassiveVoice.passive(passive.tokens(), passive.at("dropped")));
        assertFalse(PassiveVoice.passive(active.tokens(), active.at("dropped")));
        assertFalse(PassiveVoice.passive(progressive.tokens(), progressive.at("dropping")));
    }

    @Test
    void shouldTakeTheDoerAfterByButNotADeadline() {
        Tagged doer = Tagged.of("The levy was dropped by the county council on Monday.");
        Tagged deadline = Tagged.of("The levy will be dropped by Friday.");
        Tagged end = Tagged.of("The levy will be dropped by the end of the month.");

        int[] agent = PassiveVoice.agent(doer.tokens(), doer.mentions(), doer.at("dropped"));
        assertEquals(doer.at("county"), agent[0]);
        assertEquals(doer.at("on"), agent[1]);
        assertNull(PassiveVoice.agent(deadline.tokens(), deadline.mentions(), deadline.at("dropped")));
        assertNull(PassiveVoice.agent(end.tokens(), end.mentions(), end.at("dropped")));
    }

    @Test
    void shouldTitleAPassiveByItsDoer() {
        EventCandidate c = ExtractedCandidates.only(
                "The harbour levy was scrapped by the Tarnby Port Authority on Tuesday.", REFERENCE);

        assertEquals("Tarnby Port Authority scraps harbour levy", c.title());
        assertEquals("levy", c.theme());
    }

    @Test
    void shouldTakeAChamberNamedAsDoerForItsVote() {
        EventCandidate c = ExtractedCandidates.only(
                "The ferry bill was approved by lawmakers in Tarnby on Tuesday.", REFERENCE);

        assertEquals(EventKinds.VOTE, c.kind(), c::toString);
    }

    @Test
    void shouldKeepThePassiveWhenNoDoerIsNamed() {
        EventCandidate past = ExtractedCandidates.only("The coastal road was reopened on Tuesday.", REFERENCE);
        EventCandidate future = ExtractedCandidates.only("The coastal road will be reopened on Saturday.", REFERENCE);

        assertEquals("Coastal road reopened", past.title());
        assertEquals("Coastal road to be reopened", future.title());
    }

    @Test
    void shouldShareTheBeOfAPassiveWithAParticipleJoinedByAnd() {
        Tagged joined = Tagged.of("The skipper was detained in Tarsk in June and charged in August with smuggling.");
        Tagged active = Tagged.of("The skipper was questioned for hours and thanked the officers.");

        assertTrue(PassiveVoice.passive(joined.tokens(), joined.at("charged")));
        assertFalse(PassiveVoice.passive(active.tokens(), active.at("thanked")));
    }

    @Test
    void shouldTitleAParticipleJoinedToAPassiveAsPassive() {
        var found = ExtractedCandidates.EXTRACTOR.extract(
                "The skipper Ned Varga was detained in Tarsk in January and charged in March with smuggling.", REFERENCE);

        assertEquals("Varga charged with smuggling", found.get(found.size() - 1).title(), found::toString);
    }
}
