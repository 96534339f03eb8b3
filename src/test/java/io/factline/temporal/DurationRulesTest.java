package io.factline.temporal;

import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.assertTimex;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DurationRulesTest {

    @Test
    void shouldNormaliseCountedDurations() {
        assertTimex("The siege lasted three years.", "three years", TimexType.DURATION, "P3Y");
        assertTimex("He signed a two-year contract.", "two-year", TimexType.DURATION, "P2Y");
        assertTimex("Prices rose over the past two months.", "the past two months", TimexType.DURATION, "P2M");
        assertTimex("Rescuers worked for 36 hours.", "36 hours", TimexType.DURATION, "PT36H");
        assertTimex("The ban has been in place for two decades.", "two decades", TimexType.DURATION, "P20Y");
    }

    @Test
    void shouldLeaveVagueCountsUnspecified() {
        assertTimex("The strike could last several weeks.", "several weeks", TimexType.DURATION, "PXW");
        assertTimex("Repairs will take a few days.", "a few days", TimexType.DURATION, "PXD");
        assertTimex("The dispute has dragged on for years.", "years", TimexType.DURATION, "PXY");
        assertTimex("Rescuers arrived within hours of the blast.", "hours", TimexType.DURATION, "PTXH");
    }

    @Test
    void shouldLeaveCountTooLargeForAnIntegerUnspecified() {
        assertTimex("The legend spans 99999999999999999999 years.", "99999999999999999999 years",
                TimexType.DURATION, "PXY");
    }

    @Test
    void shouldCarryApproximationAndBoundsAsMod() {
        Timex almost = timex("The war has lasted almost four years.", "almost four years");
        assertEquals("P4Y", almost.value());
        assertEquals("APPROX", almost.mod());
        assertEquals("MORE_THAN", timex("He was held for more than a decade.", "more than a decade").mod());
        assertEquals("EQUAL_OR_LESS", timex("A verdict is expected within 18 months.", "18 months").mod());
        assertNull(almost.edtf());
    }

    @Test
    void shouldLeaveOverOutWhenItSpansThePeriod() {
        Timex spanned = timex("The panel heard evidence over six weeks.", "six weeks");
        assertEquals("P6W", spanned.value());
        assertNull(spanned.mod());
        assertTimex("The loan will be repaid over five years.", "five years", TimexType.DURATION, "P5Y");
        assertTimex("Prices have doubled over the past decade.", "the past decade", TimexType.DURATION, "P10Y");
    }

    @Test
    void shouldKeepOverAsMoreThanAfterPrepositionsAndVerbsOfLasting() {
        assertEquals("MORE_THAN", timex("The ferry was stuck for over a week.", "over a week").mod());
        assertEquals("MORE_THAN", timex("The repairs will last over a month.", "over a month").mod());
        assertEquals("MORE_THAN", timex("The count took just over an hour.", "just over an hour").mod());
        assertEquals("MORE_THAN", timex("Over two years have passed since the vote.", "Over two years").mod());
    }

    @Test
    void shouldExpressHalfUnits() {
        assertTimex("The trial took two and a half years.", "two and a half years", TimexType.DURATION, "P2Y6M");
        assertTimex("The flight was delayed by 5 1/2 hours.", "5 1/2 hours", TimexType.DURATION, "PT5H30M");
    }

    @Test
    void shouldNotAnnotateAges() {
        assertNothingIn("A 44-year-old driver was arrested.");
        assertNothingIn("The suspect is 31 years old.");
    }

    @Test
    void shouldNotTakeFractionsForQuarters() {
        assertNothingIn("A quarter of the staff went on leave.");
        assertNothingIn("Three quarters of the members backed the motion.");
    }

    @Test
    void shouldReadVagueCountOfQuartersAsDuration() {
        assertTimex("The brewer returned to profit after several quarters of falling sales.", "several quarters",
                TimexType.DURATION, "PXQ");
    }

    @Test
    void shouldLeaveRateAfterAmountUnannotated() {
        assertNothingIn("The plant earns $5 million a year.");
        assertNothingIn("The airline will add three flights a week to Lisbon.");
        assertNothingIn("Rooms at the inn cost between $60 and $80 a night.");
        assertNothingIn("The agency handles hundreds of requests a day.");
    }

    @Test
    void shouldTreatFrequencyAsSet() {
        assertTimex("The council meets twice a month.", "twice a month", TimexType.SET, "P1M");
        assertTimex("The squad trains five days a week.", "a week", TimexType.SET, "P1W");
        assertTimex("Guards watch the gate 24 hours a day.", "a day", TimexType.SET, "P1D");
    }

    @Test
    void shouldKeepDurationAfterPrepositionNearAmount() {
        assertTimex("Five workers were hired within a week.", "a week", TimexType.DURATION, "P1W");
    }

    @Test
    void shouldReadRecentYearsAsPastReference() {
        assertTimex("Rents have climbed in recent years.", "recent years", TimexType.DATE, "PAST_REF");
        assertTimex("Rents have climbed in recent weeks.", "recent weeks", TimexType.DURATION, "PXW");
        assertTimex("Floods hit the valley in past years too.", "past years", TimexType.DATE, "PAST_REF");
    }

    @Test
    void shouldNotTakeSpeedForDuration() {
        assertNothingIn("Gusts reached 120 kilometres an hour on the coast road.");
    }

    @Test
    void shouldReadUnitLongCompoundsAsDurations() {
        assertTimex("Their second day-long hearing ended without a ruling.", "day-long", TimexType.DURATION, "P1D");
        assertTimex("The union called off its weeklong strike.", "weeklong", TimexType.DURATION, "P1W");
        assertTimex("The jury returned after a day-long break.", "day-long", TimexType.DURATION, "P1D");
        assertTimex("The valley has a decades-long water dispute.", "decades-long", TimexType.DURATION, "PXY");
    }

    @Test
    void shouldCountTradingAndBusinessDays() {
        assertTimex("Refunds take five business days to clear.", "five business days", TimexType.DURATION, "P5D");
        assertTimex("The index rose for six trading days in a row.", "six trading days", TimexType.DURATION, "P6D");
    }

    @Test
    void shouldReadOneDayBeforeVerbAsFutureReference() {
        assertTimex("She hopes to one day run the family farm.", "one day", TimexType.DATE, "FUTURE_REF");
        assertTimex("The port will one day handle twice the cargo.", "one day", TimexType.DATE, "FUTURE_REF");
        assertTimex("The hearing lasted one day.", "one day", TimexType.DURATION, "P1D");
    }

    @Test
    void shouldCountHundredsThousandsAndGroupedDigits() {
        assertTimex("The guild kept its recipe secret for three hundred years.", "three hundred years",
                TimexType.DURATION, "P300Y");
        assertTimex("Potters have worked the clay here for more than two thousand years.",
                "more than two thousand years", TimexType.DURATION, "P2000Y");
        assertTimex("The tunnel took 1,200 days to dig.", "1,200 days", TimexType.DURATION, "P1200D");
    }

    @Test
    void shouldReadUnitsAroundAnEventAsVagueDurations() {
        assertTimex("Prices rose in the weeks before the vote.", "weeks", TimexType.DURATION, "PXW");
        assertTimex("In the years that followed, the mill changed hands twice.", "years", TimexType.DURATION, "PXY");
    }

    @Test
    void shouldReadOverTheYearsAsVagueDuration() {
        assertTimex("The bakery has changed hands several times over the years.", "the years", TimexType.DURATION, "PXY");
        assertNothingIn("Interest built up over the years of the loan.");
    }

    @Test
    void shouldReadForAWhileAsDurationOfNoStatedUnit() {
        assertTimex("The ferry will be out of service for a while.", "a while", TimexType.DURATION, "PXX");
        assertNothingIn("The mayor spoke while the crowd waited.");
    }

    @Test
    void shouldReadHalfAUnit() {
        Timex century = timex("The mill has run for more than half a century.", "more than half a century");
        assertEquals("P50Y", century.value());
        assertEquals("MORE_THAN", century.mod());
        assertTimex("They waited half an hour for the ferry.", "half an hour", TimexType.DURATION, "PT30M");
        assertTimex("The talks took a half-day.", "a half-day", TimexType.DURATION, "PT12H");
        assertTimex("Half a decade later, the mine closed.", "Half a decade", TimexType.DURATION, "P5Y");
    }

    @Test
    void shouldLeaveTheArticleOfACompoundAdjectiveOutside() {
        assertTimex("The regulator opened the 30-day comment period.", "30-day", TimexType.DURATION, "P30D");
        assertTimex("Talks stalled in the final two days.", "the final two days", TimexType.DURATION, "P2D");
    }

    @Test
    void shouldReadHyphenatedUnitAndAHalf() {
        assertTimex("The terminal sat idle for a year-and-a-half.", "a year-and-a-half", TimexType.DURATION, "P1Y6M");
        assertTimex("The hearing ran two hours and a half.", "two hours and a half", TimexType.DURATION, "PT2H30M");
    }

    @Test
    void shouldKeepAYearEarlierSpanOfMonthsAsOneDuration() {
        assertTimex("Net for the year-earlier nine months included a gain on a sale of land.",
                "the year-earlier nine months", TimexType.DURATION, "P9M");
        assertTimex("Sales fell from the comparable six months, the grocer said.", "the comparable six months",
                TimexType.DURATION, "P6M");
    }
}
