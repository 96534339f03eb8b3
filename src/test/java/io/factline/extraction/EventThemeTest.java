package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventThemeTest {

    private static final int[] NO_DATE = {-1, -1};

    @Test
    void shouldTakeTheLastNounOfTheFirstNounRunAfterTheVerb() {
        Tagged s = Tagged.of("The regulator received a merger filing from the port operator.");

        assertEquals("filing", EventTheme.of(s.tokens(), s.mentions(), s.at("received"), NO_DATE));
    }

    @Test
    void shouldNameAnEventNounByItself() {
        Tagged s = Tagged.of("Their summit in Riga ended early.");

        assertEquals("summit", EventTheme.of(s.tokens(), s.mentions(), s.at("summit"), NO_DATE));
    }

    @Test
    void shouldSkipUnitsOfTime() {
        Tagged s = Tagged.of("The crew worked for six hours on the crane.");

        assertEquals("crane", EventTheme.of(s.tokens(), s.mentions(), s.at("worked"), NO_DATE));
    }

    @Test
    void shouldSkipTheTokensOfTheDate() {
        Tagged s = Tagged.of("The crew repaired the crane.");
        int crane = s.at("crane");

        assertNull(EventTheme.of(s.tokens(), s.mentions(), s.at("repaired"), new int[] {crane, crane}));
    }

    @Test
    void shouldStopAtTheEndOfTheClause() {
        Tagged s = Tagged.of("Kilmer arrived, and the talks began at noon.");

        assertNull(EventTheme.of(s.tokens(), s.mentions(), s.at("arrived"), NO_DATE));
    }

    @Test
    void shouldNotTakeANameAsTheObject() {
        Tagged s = Tagged.of("Ostrova met Andreas Kilmer in Riga.");

        assertNull(EventTheme.of(s.tokens(), s.mentions(), s.at("met"), NO_DATE));
    }

    @Test
    void shouldTakeTheSharedHeadOfTwoNounsJoinedByAnd() {
        Tagged shared = Tagged.of("Vandals wrecked the signal and control cables of the tram line.");
        Tagged two = Tagged.of("The clerk stamped the letters and parcels for the embassy.");

        assertEquals("cable", EventTheme.of(shared.tokens(), shared.mentions(), shared.at("wrecked"), NO_DATE));
        assertEquals("letter", EventTheme.of(two.tokens(), two.mentions(), two.at("stamped"), NO_DATE));
    }

    @Test
    void shouldTakeAPassiveVerbsSubjectRatherThanItsDoer() {
        Tagged s = Tagged.of("The appeal will be heard by the county tribunal.");

        assertEquals("appeal", EventTheme.of(s.tokens(), s.mentions(), s.at("heard"), NO_DATE));
    }

    @Test
    void shouldTakeWhatACountOfThousandsCounts() {
        Tagged s = Tagged.of("The gang made off with thousands of customer passwords.");
        Tagged dozens = Tagged.of("The storm flattened dozens of the old beach huts.");

        assertEquals("password", EventTheme.of(s.tokens(), s.mentions(), s.at("made"), NO_DATE));
        assertEquals("hut", EventTheme.of(dozens.tokens(), dozens.mentions(), dozens.at("flattened"), NO_DATE));
    }

    @Test
    void shouldKeepACountWithNothingCountedAfterIt() {
        Tagged s = Tagged.of("The charity raised thousands for the shelter.");

        assertEquals("thousand", EventTheme.of(s.tokens(), s.mentions(), s.at("raised"), NO_DATE));
    }
}
