package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.claim.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuchAntecedentTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 5, 14);

    private static List<EventCandidate> read(String text) {
        return ExtractedCandidates.EXTRACTOR.extract(text, WEDNESDAY);
    }

    private static EventCandidate denial(List<EventCandidate> found) {
        List<EventCandidate> denials = found.stream().filter(c -> c.stance() == Stance.DENIES).toList();
        assertEquals(1, denials.size(), found::toString);
        return denials.get(0);
    }

    @Test
    void shouldDenyTheReportedActThatSuchReportsPointsBackTo() {
        EventCandidate denial = denial(read("The union's leader, Karl Moen, said on Monday that drivers had reported "
                + "faulty brakes to the depot manager in April. The bus company on Tuesday denied that it had received "
                + "any such reports."));
        assertEquals("report", denial.action());
        assertEquals("brake", denial.theme());
        assertEquals("2031-05-13", denial.date().value(), "the denial keeps its own day");
    }

    @Test
    void shouldDenyThePromiseThatNoSuchPromiseNames() {
        EventCandidate denial = denial(read("The rail union said on Monday that the operator had promised new trains. "
                + "The operator said on Tuesday that it had made no such promise."));
        assertEquals("promise", denial.action());
        assertEquals("train", denial.theme());
    }

    @Test
    void shouldReadThereWasNoSuchDealAsADenialOfTheSignedDeal() {
        EventCandidate denial = denial(read("Opposition leader Marta Kovac said on Monday that the two firms had signed "
                + "a supply deal. \"There was no such deal,\" Holm Foods spokesman Erik Sand said on Tuesday."));
        assertEquals("sign", denial.action());
        assertEquals("deal", denial.theme());
        assertEquals("Erik Sand", denial.attributedTo());
    }

    @Test
    void shouldGiveAMeetingThatNeverTookPlaceTheObjectOfTheMeetingBefore() {
        EventCandidate denial = denial(read("Lena Brix said on Monday that the minister had met the developer in March. "
                + "The ministry denied on Tuesday that any such meeting had taken place."));
        assertEquals("meet", denial.action());
        assertEquals("developer", denial.theme());
    }

    @Test
    void shouldNotTurnTalksThatHaveNotBegunIntoADenialOfTheProposal() {
        EventCandidate denial = denial(read("The rail union said on Monday that the operator had proposed talks. "
                + "The operator said on Tuesday that no such talks had begun."));
        assertFalse("propose".equals(denial.action()), denial::toString);
    }

    @Test
    void shouldLeaveTheSpeakersOwnEarlierSentenceAlone() {
        EventCandidate denial = denial(read("Pia Lund said on Monday that the mayor had met the developer in March. "
                + "Pia Lund said on Tuesday that no such meeting had been reported to the council."));
        assertEquals("report", denial.action());
    }

    @Test
    void shouldMakeNoDenialOfANoCommentOnSuchReports() {
        List<EventCandidate> found = read("The rail union said on Monday that drivers had reported faulty brakes. "
                + "The operator said on Tuesday that it would not comment on any such reports.");
        assertTrue(found.stream().noneMatch(c -> c.stance() == Stance.DENIES), found::toString);
    }

    @Test
    void shouldLeaveSuchWithoutNoOrAnyAsItIs() {
        List<EventCandidate> found = read("The rail union said on Monday that the operator had cut services. "
                + "The minister said on Tuesday that such cuts would hurt schools.");
        assertTrue(found.stream().noneMatch(c -> c.stance() == Stance.DENIES), found::toString);
    }

    @Test
    void shouldNameAnActByTheVerbOrItsNounEnding() {
        assertTrue(SuchAntecedent.nounOf("meet", "meeting"));
        assertTrue(SuchAntecedent.nounOf("agree", "agreement"));
        assertTrue(SuchAntecedent.nounOf("refuse", "refusal"));
        assertTrue(SuchAntecedent.nounOf("report", "report"));
        assertFalse(SuchAntecedent.nounOf("sign", "deal"));
        assertFalse(SuchAntecedent.nounOf("be", "being"));
    }

    @Test
    void shouldPointBackFromAPluralNounAsFromItsSingular() {
        EventCandidate denial = denial(read("The auditors said on Monday that the council had paid two consultants "
                + "twice for one survey. The council said on Tuesday that it had made no such payments."));
        assertEquals("pay", denial.action(), "the plural read by the lemmatizer, and its noun ending");
    }
}
