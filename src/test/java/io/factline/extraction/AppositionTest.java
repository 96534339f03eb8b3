package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppositionTest {

    @Test
    void shouldFindTheNounThatANameBetweenCommasRenames() {
        Tagged s = Tagged.of("Berg met the army chief, General Paul Okafor, in Riga in February.");
        Clauses clauses = new Clauses(s.tokens());

        assertEquals(s.at("chief"), Apposition.renamed(s.tokens(), clauses, s.at("in")));
        assertEquals(s.after(s.at("Riga"), "."), Apposition.clauseEnd(s.tokens(), clauses, s.at(",")));
    }

    @Test
    void shouldNotTakeAClauseWithAVerbForAName() {
        Tagged s = Tagged.of("Berg met the chief, Okafor said, in Riga in February.");
        Clauses clauses = new Clauses(s.tokens());

        assertEquals(-1, Apposition.renamed(s.tokens(), clauses, s.at("in")));
        assertEquals(s.at(","), Apposition.clauseEnd(s.tokens(), clauses, s.at(",")));
    }
}
