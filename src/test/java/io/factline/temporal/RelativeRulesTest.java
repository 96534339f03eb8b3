package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.assertTimex;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RelativeRulesTest {

    @Test
    void shouldResolveDeicticDays() {
        String text = "Shops shut today after the storm yesterday, and schools reopen tomorrow.";
        assertDate(text, "today", "2026-01-21");
        assertDate(text, "yesterday", "2026-01-20");
        assertDate(text, "tomorrow", "2026-01-22");
    }

    @Test
    void shouldResolveLastThisNextUnits() {
        String text = "Prices rose last month, fell this week and may recover next year.";
        assertDate(text, "last month", "2025-12");
        assertDate(text, "this week", "2026-W04");
        assertDate(text, "next year", "2027");
        assertDate("The reform passed last year.", "last year", "2025");
    }

    @Test
    void shouldLeaveTheWeekOfABareDefiniteOpen() {
        Timex market = timex("Shares of the miner slid on Friday. For the week, they lost a tenth of their value.",
                "the week");
        assertEquals(TimexType.DATE, market.type());
        assertEquals("2026-WXX", market.value());
        assertNull(market.edtf());
        assertDate("Orders fell in the week following the port strike.", "the week", "2026-WXX");
        assertDate("Ferries were cancelled this week.", "this week", "2026-W04");
        assertDate("The board will name a chair by the end of the week.", "the end of the week", "2026-W04");
    }

    @Test
    void shouldMarkEarlierThisMonthAsStartOfCurrentMonth() {
        Timex timex = timex("Earlier this month the council voted against the plan.", "Earlier this month");
        assertEquals("2026-01", timex.value());
        assertEquals("START", timex.mod());
    }

    @Test
    void shouldCountAgoFromPublicationDate() {
        assertDate("The truce collapsed two weeks ago.", "two weeks ago", "2026-W02");
        assertDate("The mine closed three days ago.", "three days ago", "2026-01-18");
        assertDate("The bridge opened five years ago.", "five years ago", "2021");
    }

    @Test
    void shouldCountEarlierFromLastMentionedDate() {
        String text = "The company lost money in the third quarter of 2025. A year earlier it had made a profit.";
        assertDate(text, "A year earlier", "2024-Q3");
    }

    @Test
    void shouldResolveFollowingDayFromAnchor() {
        assertDate("Talks opened on March 3, 2025, and the following day ended in a walkout.", "the following day",
                "2025-03-04");
    }

    @Test
    void shouldNotTakeGenericTodayForPublicationDay() {
        Tagging.assertNothingIn("Schools must prepare pupils for today's world.");
    }

    @Test
    void shouldCountUnitBeforeLastTwoBack() {
        assertDate("The harbour master retired the year before last.", "the year before last", "2024");
        assertDate("Ticket sales slumped the week before last.", "the week before last", "2026-W02");
    }

    @Test
    void shouldReadTheDecadeAsTheCurrentOne() {
        Timex end = timex("The port must be rebuilt before the end of the decade.", "the end of the decade");
        assertEquals("202", end.value());
        assertEquals("END", end.mod());
    }

    @Test
    void shouldTreatThePastDecadeAsDuration() {
        assertTimex("The city has doubled in size over the past decade.", "the past decade", TimexType.DURATION, "P10Y");
    }

    @Test
    void shouldTreatTheNextOrComingDecadeAsDuration() {
        assertTimex("The ferry company plans to renew its fleet over the next decade.", "the next decade",
                TimexType.DURATION, "P10Y");
        assertTimex("Water demand in the basin could double in the coming decade.", "the coming decade",
                TimexType.DURATION, "P10Y");
    }

    @Test
    void shouldKeepNextDecadeWithoutTheAsTheCalendarDecade() {
        assertDate("Next decade the observatory will get a larger mirror.", "Next decade", "203");
    }

    @Test
    void shouldGiveLastNightAndThisMorningAsTimes() {
        assertTimex("Rain fell last night across the valley.", "last night", TimexType.TIME, "2026-01-20TNI");
        assertTimex("The minister spoke this morning.", "this morning", TimexType.TIME, "2026-01-21TMO");
    }

    @Test
    void shouldPlaceTheWeekendByTense() {
        Timex past = timex("Fighting eased over the weekend.", "the weekend");
        assertEquals("2026-W03-WE", past.value());
        assertEquals("2026-01-17/2026-01-18", past.edtf());
        Timex future = timex("The talks will continue over the weekend.", "the weekend");
        assertEquals("2026-01-24/2026-01-25", future.edtf());
    }

    @Test
    void shouldReadTheFullYearAsCurrentYear() {
        assertDate("The chain expects flat sales for the full year.", "the full year", "2026");
        assertTimex("The lease runs for a full year.", "a full year", TimexType.DURATION, "P1Y");
    }

    @Test
    void shouldJoinAPartOfTheDayWithTheDayNamedAfterIt() {
        assertTimex("The bourse in Oslo was calm at mid-afternoon yesterday.", "mid-afternoon yesterday", TimexType.TIME,
                "2026-01-20TAF");
        assertTimex("The count is expected late afternoon today.", "late afternoon today", TimexType.TIME,
                "2026-01-21TAF");
    }

    @Test
    void shouldLeaveTheAgeOfTodayAndTomorrowUnannotated() {
        assertNothingIn("The academy trains the engineers of tomorrow.");
        assertNothingIn("Many of today's tablet computers lack ports.");
        assertDate("Observers awaited the results of today's runoff.", "today", "2026-01-21");
    }

    @Test
    void shouldDateOrdinalDayOfRunningEventToday() {
        assertDate("Today is the fifth day of the dock strike.", "the fifth day", "2026-01-21");
        assertDate("It's the third day of talks in Geneva, and no deal is in sight.", "the third day", "2026-01-21");
        assertNothingIn("It was the third day of the siege.");
    }

    @Test
    void shouldDateThatDayOnlyAfterNamedDay() {
        assertDate("The plant closed on Jan. 12. That same day, the union met.", "That same day", "2026-01-12");
        assertNothingIn("Dealers can lose heavily on trades made that day.");
        assertEquals(1, Tagging.tag("Prices fell sharply last month, and the bank cut its rate that same day.").size());
    }

    @Test
    void shouldReadTheYearBeforeAnAmountAsThisYear() {
        assertDate("The shares touched a low for the year of $3.10 in early trading.", "the year", "2026");
        assertNothingIn("The charity chose the month of fasting for its appeal.");
    }

    @Test
    void shouldReadYearsEndLikeYearEnd() {
        assertDate("The new rules should be in force by year's end.", "year's end", "2026");
        assertDate("The new rules should be in force by year-end.", "year-end", "2026");
    }

    @Test
    void shouldReadAHolidayWeekendAsAWeekend() {
        assertDate("Roads were jammed over the holiday weekend.", "the holiday weekend", "2026-W03-WE");
        assertDate("Ferries will run extra crossings through the long weekend.", "the long weekend", "2026-W04-WE");
        assertDate("Showers are likely, and cooler air arrives over the weekend.", "the weekend", "2026-W04-WE");
    }

    @Test
    void shouldCountDaysAndWeeksFromToday() {
        assertDate("The vote is two weeks from today.", "two weeks from today", "2026-02-04");
        assertDate("The lease ends a year from today.", "a year from today", "2027");
    }

    @Test
    void shouldCountTheDayBeforeFromTheDayNamedLast() {
        assertDate("The ship sailed on Jan. 15. The day before, the crew had been paid.", "The day before", "2026-01-14");
        assertDate("The envoy landed on Jan. 9 and left the day after.", "the day after", "2026-01-10");
        assertTimex("The vault was robbed on Jan. 4; the night before, its alarm failed.", "the night before",
                TimexType.TIME, "2026-01-03TNI");
    }

    @Test
    void shouldNotDateTheDayBeforeAnEventOrWithoutANamedDay() {
        assertNothingIn("The board met the day before the vote.");
        assertNothingIn("Officials had been warned the day before.");
    }

    @Test
    void shouldReadTheDecadeAheadAsTenYears() {
        assertTimex("Planners expect the grid to double in the decade ahead.", "the decade ahead", TimexType.DURATION, "P10Y");
        assertTimex("The treaty shapes the century to come.", "the century to come", TimexType.DURATION, "P100Y");
    }
}
