package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeActTest {

    /** A Saturday; "on Friday" is May 13, 2033. */
    private static final LocalDate SATURDAY = LocalDate.of(2033, 5, 14);

    private static List<EventCandidate> candidates(String text) {
        return ExtractedCandidates.EXTRACTOR.extract(text, SATURDAY);
    }

    private static EventCandidate withAction(String text, String action) {
        return candidates(text).stream().filter(c -> action.equals(c.action())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in " + candidates(text)));
    }

    private static boolean noneWithAction(String text, String action) {
        return candidates(text).stream().noneMatch(c -> action.equals(c.action()));
    }

    @Test
    void shouldDateTheActCountedFromTheSentencesDay() {
        String text = "The accountant was sentenced on Friday, three days after the jurors convicted her of fraud.";

        assertEquals("2033-05-10", withAction(text, "convict").date().value());
        assertEquals("2033-05-13", withAction(text, "sentence").date().value());
    }

    @Test
    void shouldDateTheCountedActNotAParticipleDescribingItsSubject() {
        String text = "The inspectors closed the shaft on Friday, two days after all 14 trapped miners were lifted "
                + "to the surface.";

        assertEquals("2033-05-11", withAction(text, "lift").date().value());
        assertTrue(noneWithAction(text, "trap"), () -> candidates(text).toString());
    }

    @Test
    void shouldDateTheActADayBeforeTheOneDatedAfterIt() {
        String text = "The airline grounded its fleet on Thursday, a day after regulators ordered new engine checks.";

        assertEquals("2033-05-11", withAction(text, "order").date().value());
    }

    @Test
    void shouldDateTheActCountedFromAnActGoingOnWithAnInfinitive() {
        String text = "Residents filed a lawsuit on Friday seeking to stop the tower, a day after the mayor approved the permit.";

        assertEquals("2033-05-12", withAction(text, "approve").date().value());
    }

    @Test
    void shouldDateAPastActReportedOnTheDayItWasSaid() {
        String text = "Tessaro Foods said on Wednesday that its chairman had resigned, two days after the firm "
                + "disclosed an accounting error.";

        assertEquals("2033-05-09", withAction(text, "disclose").date().value());
    }

    @Test
    void shouldDateAHappeningNamedByANounHoursBefore() {
        EventCandidate blast = withAction("Rescuers reached the quarry on Tuesday, hours after the blast.", "explosion");

        assertEquals("2033-05-10", blast.date().value());
    }

    @Test
    void shouldDateTheActFromTheOtherActsOwnDay() {
        String text = "A day after the governor signed the budget on Monday, the finance minister resigned.";

        assertEquals("2033-05-10", withAction(text, "resign").date().value());
    }

    @Test
    void shouldDateTheActFromTheDayAnEarlierSentenceGaveTheSameAct() {
        String text = "The governor vetoed the water bill on Tuesday. "
                + "Two days after the governor vetoed the bill, the assembly voted to override it.";

        assertEquals("2033-05-12", withAction(text, "vote").date().value());
    }

    @Test
    void shouldDateTheActFromTheDayAnEarlierSentenceGaveTheHappeningANounNames() {
        String veto = "The governor vetoed the water bill on Tuesday. A day after the veto, the assembly voted to override it.";
        String summit = "The summit opened in Valletta on Friday. On the eve of the summit, the two envoys met in Rome.";

        assertEquals("2033-05-11", withAction(veto, "vote").date().value());
        assertEquals("2033-05-12", withAction(summit, "meet").date().value());
    }

    @Test
    void shouldCountLaterFromTheLastDayNamed() {
        String story = "The governor vetoed the water bill on Tuesday. Two days later, the assembly voted to override it.";
        String sentence = "The club signed the striker on March 2 and sold him a week later.";

        assertEquals("2033-05-12", withAction(story, "vote").date().value());
        assertEquals("2033-03-09", withAction(sentence, "sell").date().value());
    }

    @Test
    void shouldGiveNoDateWhenTheOtherDayIsUnknown() {
        String unknown = "A day after the governor vetoed the bill, the assembly voted to override it.";
        String twoDays = "The governor vetoed the water bill on Tuesday. She vetoed a second bill on Thursday. "
                + "A day after the veto, the assembly voted to override it.";
        String vague = "The assembly voted to override the veto days after the governor rejected the bill on Tuesday.";

        assertTrue(noneWithAction(unknown, "vote"), () -> candidates(unknown).toString());
        assertTrue(noneWithAction(twoDays, "vote"), () -> candidates(twoDays).toString());
        assertTrue(noneWithAction(vague, "vote"), () -> candidates(vague).toString());
    }

    @Test
    void shouldDateABeginningOnlyWhenItNamesTheHappeningThatBegan() {
        String talks = "The envoys met in Oslo on Thursday, the day before talks with the rebels began.";
        String round = "The envoys met in Oslo on Thursday, the day before the second round began.";

        assertEquals("2033-05-13", withAction(talks, "talk").date().value());
        assertTrue(noneWithAction(round, "begin"), () -> candidates(round).toString());
    }

    @Test
    void shouldDateACountedActOfTheOneCompanyTheSentenceNames() {
        String text = "Norland Shipping cancelled its winter crossings on Tuesday, a day after the company lost a ferry.";

        EventCandidate loss = withAction(text, "lose");

        assertEquals("2033-05-09", loss.date().value());
        assertEquals(List.of("Norland Shipping"), loss.participantNames());
    }

    @Test
    void shouldNotGuessWhichOfTwoPartiesACountedActMeans() {
        String text = "The Maritime Safety Agency fined Norland Shipping on Tuesday, a day after the company cancelled "
                + "its winter crossings.";

        assertTrue(noneWithAction(text, "cancel"), () -> candidates(text).toString());
    }

    @Test
    void shouldNotDateWhatWillHappenFromTheDayItWasSaid() {
        String text = "The company said on Monday it would close the mill two weeks after the vote.";

        assertTrue(noneWithAction(text, "vote"), () -> candidates(text).toString());
        assertTrue(candidates(text).stream().noneMatch(c -> "2033-04-25".equals(c.date().value())));
    }

    @Test
    void shouldKeepTheDateAnActHasOfItsOwn() {
        String text = "The assembly voted on Thursday to override the veto, a day after the governor vetoed the bill "
                + "on Tuesday.";

        assertEquals("2033-05-12", withAction(text, "vote").date().value());
        assertEquals("2033-05-10", withAction(text, "veto").date().value());
    }
}
