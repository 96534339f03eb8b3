package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Basic sentence reading (s10-scenc): a phrase between commas after a name, a state gone into, a
 * quotation before its speaker, and a name the article described and then wrote by its description.
 */
class SentenceReadingTest {

    /** A Thursday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 10, 15);

    private static List<String> names(EventCandidate c) {
        return c.participants().stream().map(EventCandidate.Participant::name).toList();
    }

    private static List<EventCandidate> extract(String text) {
        return ExtractedCandidates.EXTRACTOR.extract(text, REFERENCE);
    }

    @Test
    void shouldNameTheSubjectPastADescribingNounPhraseBetweenCommas() {
        EventCandidate resignation = ExtractedCandidates.only("Ottilie Brandvik, the party's deputy leader, "
                + "resigned on Monday.", REFERENCE);

        assertEquals(List.of("Ottilie Brandvik"), names(resignation));
        assertEquals("2026-10-12", resignation.date().toString());
    }

    @Test
    void shouldNameTheSubjectPastADescriptionWithARelativeClauseAndGiveThatClauseTheName() {
        List<EventCandidate> found = extract("Ottilie Brandvik, the deputy leader who resigned on Monday, "
                + "signed the lease on September 30.");

        assertEquals(2, found.size(), found::toString);
        assertEquals("resign", found.get(0).action());
        assertEquals(List.of("Ottilie Brandvik"), names(found.get(0)));
        assertEquals("sign", found.get(1).action());
        assertEquals(List.of("Ottilie Brandvik"), names(found.get(1)));
    }

    @Test
    void shouldGiveAParticiplePhraseAfterANameAndTheVerbAfterItTheName() {
        List<EventCandidate> found = extract("Piet Kalder, suspended on Monday, was reinstated by the board on Wednesday.");

        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("Piet Kalder"), names(found.get(0)));
        assertEquals("2026-10-12", found.get(0).date().toString());
        assertTrue(names(found.get(1)).contains("Piet Kalder"), found::toString);
        assertEquals("2026-10-14", found.get(1).date().toString());
    }

    @Test
    void shouldNotTakeAPhraseWithAFiniteVerbOrAQuotationForAnApposition() {
        Token name = new Token("Kalder", 0, 6, "PROPN", "kalder");
        Token comma = new Token(",", 0, 1, "PUNCT", ",");
        Token he = new Token("he", 0, 2, "PRON", "he");
        Token said = new Token("said", 0, 4, "VERB", "say");

        assertEquals(-1, NameApposition.described(List.of(name, comma, he, said, comma, said), 4));
        assertEquals(-1, NameApposition.participleOpening(List.of(name, comma, said, comma, said), 2));
    }

    @Test
    void shouldReadGoingIntoAStateAsTheStateWhateverTheVerb() {
        EventCandidate placed = ExtractedCandidates.only("Marrow Dairies was placed into administration on Tuesday.", REFERENCE);
        EventCandidate went = ExtractedCandidates.only("The dairy group went into administration on Tuesday.", REFERENCE);
        EventCandidate filed = ExtractedCandidates.only("Marrow Dairies filed for administration on Tuesday.", REFERENCE);

        assertEquals("administration", placed.action());
        assertEquals("administration", went.action());
        assertEquals("administration", filed.action());
        assertEquals("administration", placed.theme());
        assertEquals("2026-10-13", went.date().toString());
    }

    @Test
    void shouldReadBeingTakenIntoCustodyOrPlacedUnderArrestAsTheArrest() {
        EventCandidate custody = ExtractedCandidates.only("The treasurer, 61, was taken into custody on Monday.", REFERENCE);
        EventCandidate arrest = ExtractedCandidates.only("Lorens Aby was placed under arrest on Monday.", REFERENCE);

        assertEquals(EventKinds.ARREST, custody.kind());
        assertEquals(EventKinds.ARREST, arrest.kind());
        assertEquals(List.of("Lorens Aby"), names(arrest));
    }

    @Test
    void shouldKeepTheVerbWhenWhatFollowsIsNoBareState() {
        Token put = new Token("put", 0, 3, "VERB", "put");
        Token into = new Token("into", 0, 4, "ADP", "into");
        Token a = new Token("a", 0, 1, "DET", "a");
        Token fund = new Token("fund", 0, 4, "NOUN", "fund");
        Token custody = new Token("custody", 0, 7, "NOUN", "custody");
        Token talked = new Token("talked", 0, 6, "VERB", "talk");

        assertEquals(-1, StatePassage.state(List.of(put, into, a, fund), 0));
        assertEquals(-1, StatePassage.state(List.of(talked, into, custody), 0));
        assertEquals(2, StatePassage.state(List.of(put, into, custody), 0));
    }

    @Test
    void shouldReadANegatedQuotationBeforeItsSpeakerAsADenialOfWhatItSays() {
        List<EventCandidate> found = ExtractedCandidates.EXTRACTOR.extract(
                "\"The board never approved that payment,\" Lorens Aby said on Tuesday, a day before he resigned.", REFERENCE);
        EventCandidate denial = found.get(0);

        // s15-relative: "a day before he resigned" dates the resignation too (RelativeAct), the day after.
        assertEquals(2, found.size(), found::toString);
        assertEquals("resign", found.get(1).action());
        assertEquals("2026-10-14", found.get(1).date().toString());
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("approve", denial.action());
        assertEquals("payment", denial.theme());
        assertEquals("2026-10-13", denial.date().toString());
    }

    @Test
    void shouldReadAnAssertingQuotationBeforeItsSpeakerByItsOwnVerb() {
        EventCandidate statement = ExtractedCandidates.only(
                "\"We paid every supplier in full,\" a spokeswoman for Marrow Dairies said on Tuesday.", REFERENCE);

        assertEquals(Stance.ASSERTS, statement.stance());
        assertEquals("pay", statement.action());
    }

    @Test
    void shouldNameTheCompanyTheArticleDescribedWhenItIsWrittenByItsDescription() {
        List<EventCandidate> found = extract("The owners of Marrow Dairies, the region's largest milk processor, "
                + "hired advisers on Monday. The milk processor filed for administration on Tuesday.");

        EventCandidate filing = found.get(found.size() - 1);
        assertEquals("administration", filing.action());
        assertEquals(List.of("Marrow Dairies"), names(filing));
    }

    @Test
    void shouldNameNobodyByADescriptionTheArticleNeverGave() {
        List<EventCandidate> found = extract("The owners of Marrow Dairies, the region's largest milk processor, "
                + "hired advisers on Monday. The bank withdrew its loan on Tuesday.");

        EventCandidate withdrawal = found.get(found.size() - 1);
        assertFalse(names(withdrawal).contains("Marrow Dairies"), found::toString);
    }

    @Test
    void shouldNotCutTheClauseAtADeterminerThatAfterAVerb() {
        List<Token> tokens = Nlp.english().tokens("\"I did not sign that contract,\" Aby said on Tuesday.");
        int that = 0;
        while (!tokens.get(that).is("that")) {
            that++;
        }

        assertFalse(new Clauses(tokens).boundary(that));
    }

    @Test
    void shouldReadSurvivingAVoteAsTheVote() {
        EventCandidate vote = ExtractedCandidates.only("The cabinet survived a vote of no confidence on Monday.", REFERENCE);

        assertEquals("vote", vote.action());
    }

    @Test
    void shouldTakeAnUnnamedStateGoneIntoOnAnotherDayForTheStoredOneAsADateDisagreement() {
        var stored = new EventMatcher.Features(10, Set.of(1L), "administration", "administration", "administration", null,
                EdtfDate.parse("2026-10-13"), Set.of(100L));
        var unnamed = new EventMatcher.Features(-1, Set.of(), "administration", "administration", "administration", null,
                EdtfDate.parse("2026-10-14"), Set.of(200L), Set.of());
        var unnamedOther = new EventMatcher.Features(-1, Set.of(), "receivership", "receivership", "receivership", null,
                EdtfDate.parse("2026-10-14"), Set.of(200L), Set.of());

        assertTrue(UnnamedDateDisagreement.matches(unnamed, stored, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamedOther, stored, false, false));
        assertFalse(UnnamedDateDisagreement.matches(unnamed, stored, true, false));
    }
}
