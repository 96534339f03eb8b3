package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import org.junit.jupiter.api.Test;

class EventStanceTest {

    private static Stance stanceOf(String sentence, String subject, String verb) {
        Tagged s = Tagged.of(sentence);
        return EventStance.of(s.tokens(), s.attribution(), s.at(subject), s.at(verb));
    }

    @Test
    void shouldAssertAPlainStatement() {
        assertEquals(Stance.ASSERTS, stanceOf("The regulator received the filing on Monday.", "regulator", "received"));
    }

    @Test
    void shouldDenyAVerbNegatedBeforeIt() {
        assertEquals(Stance.DENIES, stanceOf("The regulator has not received any filing.", "regulator", "received"));
        assertEquals(Stance.DENIES, stanceOf("The regulator hasn't received any filing.", "regulator", "received"));
    }

    @Test
    void shouldDenyWhenNoFollowsTheVerbClosely() {
        assertEquals(Stance.DENIES, stanceOf("The regulator received no filing this week.", "regulator", "received"));
    }

    @Test
    void shouldDenyAVerbGovernedByADenyingVerb() {
        assertEquals(Stance.DENIES,
                stanceOf("The ministry denied that Ostrova met Kilmer in Riga.", "Ostrova", "met"));
    }

    @Test
    void shouldDenyAVerbGovernedByADenyingVerbPastAPhraseOfTime() {
        assertEquals(Stance.DENIES,
                stanceOf("The ministry denied on Friday that it had sold the ferry to Kilmer.", "it", "sold"));
        assertEquals(Stance.DENIES,
                stanceOf("The harbour board denied in a short statement that the crane had failed.", "crane", "failed"));
    }

    @Test
    void shouldNotTakeARelativeClauseForWhatIsDenied() {
        assertEquals(Stance.ASSERTS, stanceOf("The council rejected a plan on Monday that would have closed the "
                + "harbour.", "plan", "closed"));
    }

    @Test
    void shouldIgnoreANegationBeforeTheSubject() {
        assertEquals(Stance.ASSERTS,
                stanceOf("Not long after noon, the crew stopped work at the dock.", "crew", "stopped"));
    }
}
