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
    void shouldDateNothingWithoutAVerbOrEventNoun() {
        Tagged s = Tagged.of("Friday, of course.");

        assertEquals(-1, anchorOf(s, "Friday"));
    }
}
