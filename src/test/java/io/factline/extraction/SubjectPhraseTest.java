package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SubjectPhraseTest {

    private static int[] subjectOf(Tagged s, String word, boolean nominal) {
        return new SubjectPhrase(s.tokens(), s.attribution()).of(s.at(word), nominal);
    }

    @Test
    void shouldTakeTheNounPhraseBeforeTheVerb() {
        Tagged s = Tagged.of("The harbour crews stopped work on Monday.");

        assertArrayEquals(new int[] {s.at("The"), s.at("stopped")}, subjectOf(s, "stopped", false));
    }

    @Test
    void shouldTakeTheNameBeforeARoleSetBetweenCommas() {
        Tagged s = Tagged.of("Jonas Ostrova, a senior adviser to the Riga council, said on Monday that the bridge was shut.");

        assertArrayEquals(new int[] {s.at("Jonas"), s.at(",")}, subjectOf(s, "said", false));
    }

    @Test
    void shouldTakeTheNameBeforeACountrysRoleBetweenCommasPastTheAuxiliary() {
        Tagged s = Tagged.of("Marta Kiel, Osterland's deputy trade negotiator, will not fly to Brno before Monday, an aide said.");

        assertArrayEquals(new int[] {s.at("Marta"), s.at(",")}, subjectOf(s, "fly", false));
    }

    @Test
    void shouldSkipAuxiliariesNegationsAndSchedulingWords() {
        Tagged s = Tagged.of("Kilmer is not expected to travel on Friday.");

        assertArrayEquals(new int[] {s.at("Kilmer"), s.at("Kilmer") + 1}, subjectOf(s, "travel", false));
    }

    @Test
    void shouldLookPastWhoInARelativeClause() {
        Tagged s = Tagged.of("The mayor, who flew to Riga on Sunday, spoke at length.");

        assertArrayEquals(new int[] {s.at("The"), s.at("mayor") + 1}, subjectOf(s, "flew", false));
    }

    @Test
    void shouldKeepThePlaceOfTheSubject() {
        Tagged s = Tagged.of("Dock workers at Westhaven walked out on Thursday.");

        assertArrayEquals(new int[] {0, s.at("walked")}, subjectOf(s, "walked", false));
    }

    @Test
    void shouldKeepThePlaceOfACommonNounThatOpensTheSentence() {
        Tagged s = Tagged.of("Nurses from Halden marched on Friday.");

        assertArrayEquals(new int[] {0, s.at("marched")}, subjectOf(s, "marched", false));
    }

    @Test
    void shouldTakeThePossessorOfAnEventNoun() {
        Tagged s = Tagged.of("Kilmer recalled his October summit with Ostrova.");

        assertArrayEquals(new int[] {s.at("his"), s.at("his") + 1}, subjectOf(s, "summit", true));
    }

    @Test
    void shouldLookPastADayBetweenTheSubjectAndItsVerb() {
        Tagged s = Tagged.of("Magistrate Ilse Brandvold of the Harlow Crown Court on Friday jailed two smugglers.");

        assertArrayEquals(new int[] {s.at("Magistrate"), s.at("Court") + 1}, subjectOf(s, "jailed", false));
    }

    @Test
    void shouldTakeTheSubjectOfTheVerbThatLeadsToTheInfinitive() {
        Tagged s = Tagged.of("Pellucid agreed to acquire Velmora on Friday.");

        assertArrayEquals(new int[] {s.at("Pellucid"), s.at("Pellucid") + 1}, subjectOf(s, "acquire", false));
    }
}
