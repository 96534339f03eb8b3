package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void shouldEndAClauseAtACommaAndStartTheNextAfterIt() {
        Tagged s = Tagged.of("On Friday, the ferry crew stopped work at the harbour.");
        Clauses clauses = new Clauses(s.tokens());

        assertEquals(s.at(","), clauses.end(0));
        assertEquals(s.at(",") + 1, clauses.start(s.at("stopped")));
    }

    @Test
    void shouldEndAClauseAtASubordinatingWord() {
        Tagged s = Tagged.of("The council voted on the budget before the mayor left for Lyon.");

        assertEquals(s.at("before"), new Clauses(s.tokens()).end(s.at("voted")));
    }

    @Test
    void shouldEndAClauseAtAnAndThatJoinsASecondVerb() {
        Tagged s = Tagged.of("Ostrova landed in Riga on Monday and met the premier on Tuesday.");

        assertEquals(s.at("and"), new Clauses(s.tokens()).end(s.at("landed")));
    }

    @Test
    void shouldNotEndAClauseAtAnAndBetweenNames() {
        Tagged s = Tagged.of("Ostrova and Kilmer met in Riga on Monday.");

        assertFalse(new Clauses(s.tokens()).boundary(s.at("and")));
    }

    @Test
    void shouldKeepADemonstrativeThatInsideItsClause() {
        Tagged s = Tagged.of("The board signed that agreement on Monday.");

        assertFalse(new Clauses(s.tokens()).boundary(s.at("that")));
    }

    @Test
    void shouldRunToTheSentenceEndWhenNothingIntervenes() {
        Tagged s = Tagged.of("Ostrova flew home");

        assertEquals(s.tokens().size(), new Clauses(s.tokens()).end(0));
    }

    @Test
    void shouldTellNounsThatNameAHappening() {
        Tagged s = Tagged.of("The summit followed a long dinner.");

        assertTrue(Clauses.eventNoun(s.tokens().get(s.at("summit"))));
        assertFalse(Clauses.eventNoun(s.tokens().get(s.at("dinner"))));
        assertFalse(Clauses.eventNoun(s.tokens().get(s.at("followed"))));
    }
}
