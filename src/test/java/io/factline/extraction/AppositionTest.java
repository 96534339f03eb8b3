package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

    @Test
    void shouldRenameARoleTheTaggerCallsAnAdjective() {
        Tagged s = Tagged.of("Quill met the chief executive, Bram Osei, at a hotel on Monday.");
        Clauses clauses = new Clauses(s.tokens());

        assertEquals(s.at("executive"), Apposition.renamed(s.tokens(), clauses, s.at("at")));
    }

    @Test
    void shouldDateAMeetingWithARoleAndItsNameBetweenCommas() {
        // s14-conflict: "chief/ADJ executive/ADJ" cut the clause, and the meeting had no date.
        EventCandidate meeting = ExtractedCandidates.only(
                "Rosa Quill met the bank's chief executive, Bram Osei, at a hotel on March 3.", LocalDate.of(2026, 3, 20));

        assertEquals("2026-03-03", meeting.date().value());
        assertEquals(EventKinds.MEETING, meeting.kind());
        assertTrue(meeting.participantNames().contains("Bram Osei"), meeting::toString);
    }
}
