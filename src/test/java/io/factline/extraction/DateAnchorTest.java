package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DateAnchorTest {

    private static int anchorOf(Tagged s, String dateWord) {
        int k = s.at(dateWord);
        return new DateAnchor(s.tokens(), s.attribution()).of(new int[] {k, k});
    }

    @Test
    void shouldDateTheNearestActionVerbBeforeTheTime() {
        Tagged s = Tagged.of("Ostrova plans to fly to Riga on Thursday.");

        assertEquals(s.at("fly"), anchorOf(s, "Thursday"));
    }

    @Test
    void shouldDateTheVerbAfterATimeThatOpensTheSentence() {
        Tagged s = Tagged.of("On Monday, the harbour crews stopped work.");

        assertEquals(s.at("stopped"), anchorOf(s, "Monday"));
    }

    @Test
    void shouldDateAnEventNounRightAfterTheTime() {
        Tagged s = Tagged.of("Kilmer spoke about his August summit with Ostrova in Lisbon.");

        assertEquals(s.at("summit"), anchorOf(s, "August"));
    }

    @Test
    void shouldDateTheReportingVerbOfAnAttribution() {
        Tagged s = Tagged.of("Kilmer told reporters Monday that the port will reopen.");

        assertEquals(s.at("told"), anchorOf(s, "Monday"));
    }

    @Test
    void shouldFindTheEventNounBetweenADatedVerbAndASecondTime() {
        Tagged s = Tagged.of("Ostrova landed in Riga ahead of talks with Kilmer on Friday.");

        assertEquals(s.at("talks"), new DateAnchor(s.tokens(), s.attribution())
                .eventNounBetween(s.at("landed"), s.at("Friday")));
    }

    @Test
    void shouldDateTheVerbBeforeANameSetBetweenCommas() {
        Tagged s = Tagged.of("Kilmer met the navy commander, Admiral Jon Ostrova, in Riga in May to sign the lease.");

        assertEquals(s.at("met"), anchorOf(s, "May"));
    }

    @Test
    void shouldDateNothingAfterUntilUnlessTheActIsNegated() {
        Tagged bound = Tagged.of("The council prolonged the embargo on Ostrova until June, the secretariat said.");
        Tagged negated = Tagged.of("Kilmer will not fly to Riga until Friday.");

        assertEquals(-1, anchorOf(bound, "June"));
        assertEquals(negated.at("fly"), anchorOf(negated, "Friday"));
    }

    @Test
    void shouldDateTheEventNounOfAnOpeningPhraseRatherThanTheVerbAfterIt() {
        Tagged s = Tagged.of("Ahead of her visit to Riga next week, Ostrova said the treaty would hold.");

        assertEquals(s.at("visit"), anchorOf(s, "week"));
    }

    @Test
    void shouldDateNothingWithoutAVerbOrEventNoun() {
        Tagged s = Tagged.of("Friday, of course.");

        assertEquals(-1, anchorOf(s, "Friday"));
    }

    @Test
    void shouldDateThePastVerbWhoseNamedObjectAnInfinitiveFollows() {
        Tagged s = Tagged.of("The regulator ordered Pellworth Airways to ground its jets on Sunday.");

        assertEquals(s.at("ordered"), anchorOf(s, "Sunday"));
    }

    @Test
    void shouldDateTheInfinitiveOfAVerbThatLooksForward() {
        Tagged s = Tagged.of("The regulator will order Pellworth Airways to ground its jets on Sunday.");

        assertEquals(s.at("ground"), anchorOf(s, "Sunday"));
    }

    @Test
    void shouldFindTheOccasionAnActTookPlaceAt() {
        Tagged s = Tagged.of("Okafor and Sokova unveiled a rail plan at their conference in Lisbon on Monday.");
        DateAnchor anchors = new DateAnchor(s.tokens(), s.attribution());

        assertEquals(s.at("conference"), anchors.occasionBetween(s.at("unveiled"), s.at("on")));
        Tagged other = Tagged.of("Okafor unveiled a rail plan for the conference in Lisbon on Monday.");
        assertEquals(-1, new DateAnchor(other.tokens(), other.attribution())
                .occasionBetween(other.at("unveiled"), other.at("on")));
    }

    @Test
    void shouldNotDateAParticipleThatDescribesANoun() {
        Tagged s = Tagged.of("The mill received a signed notice from inspectors on March 3.");

        assertEquals(s.at("received"), anchorOf(s, "March"));
    }
}
