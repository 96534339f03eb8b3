package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HappeningNounTest {

    private static String action(String sentence, String verb) {
        Tagged s = Tagged.of(sentence);
        return HappeningNoun.action(s.tokens(), s.at(verb));
    }

    @Test
    void shouldTakeTheActOfTheNounThatTookPlace() {
        assertEquals("meet", action("A meeting between the two premiers took place on Sunday.", "took"));
        assertEquals("talk", action("The talks with the rebels happened in secret.", "happened"));
        assertEquals(EventKinds.EXCHANGE, action("An exchange of detainees between Valmora and the Republic of Norland "
                + "took place at the border on Friday.", "took"));
        assertEquals(EventKinds.EXCHANGE, action("The prisoner swap happened at dawn.", "happened"));
    }

    @Test
    void shouldKeepOtherVerbsAndSubjectsThatNameNoHappening() {
        assertNull(action("The premiers met on Sunday.", "met"));
        assertNull(action("The handover took place on Sunday.", "took"));
        assertNull(action("Kilmer took the train to Riga.", "took"));
    }

    @Test
    void shouldTakeTheActOfTheNounWhoseAttemptIsReported() {
        assertEquals("launch", action("The launch will be attempted once more on Friday.", "attempted"));
        assertEquals("meet", action("The meeting was tried again after lunch.", "tried"));
    }

    @Test
    void shouldKeepAnActiveAttempt() {
        assertNull(action("The crew attempted the launch on Friday.", "attempted"));
    }

    @Test
    void shouldTakeAnInspectionThatTookPlaceWithWhatItWasOf() {
        Tagged s = Tagged.of("The miller denied that any inspection of the old warehouse had taken place.");

        assertEquals("inspection", HappeningNoun.action(s.tokens(), s.at("taken")));
        assertEquals("warehouse", HappeningNoun.theme(s.tokens(), s.at("taken")));
    }

    @Test
    void shouldTakeTheHappeningThatWasFollowedWhenItsDateComesAfterIt() {
        Tagged s = Tagged.of("The vote followed a meeting between the mayor and the union in Riga on Monday.");
        int monday = s.at("Monday");

        assertEquals("meet", HappeningNoun.followed(s.tokens(), s.at("followed"), new int[] {monday, monday}));
    }

    @Test
    void shouldLeaveFollowingToTheSubjectWhenTheDateComesFirst() {
        Tagged s = Tagged.of("A vote on Monday followed a meeting in Riga.");
        int monday = s.at("Monday");

        assertNull(HappeningNoun.followed(s.tokens(), s.at("followed"), new int[] {monday, monday}));
    }

    @Test
    void shouldTakeTheIncidentThatHappenedForItsKind() {
        assertEquals("collapse", action("The rockfall happened shortly after midnight on Friday.", "happened"));
        assertEquals(EventKinds.EXPLOSION, action("The explosion happened on Friday.", "happened"));
        assertEquals("crash", action("The collision took place on the ring road on Friday.", "took"));
    }

    @Test
    void shouldMakeAnIncidentThatHappenedAnIncidentEvent() {
        EventCandidate c = ExtractedCandidates.only("The rockfall in the north gallery happened on Friday, the operator said.",
                java.time.LocalDate.of(2036, 4, 6));

        assertEquals("collapse", c.action());
        assertEquals("collapse", c.kind());
        assertEquals("2036-04-04", c.date().value());
    }
}
