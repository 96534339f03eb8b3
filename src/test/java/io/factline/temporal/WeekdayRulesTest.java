package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.assertTimex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeekdayRulesTest {

    @Test
    void shouldResolveWeekdayBackwardsInPastTenseSentence() {
        assertDate("The two envoys met on Tuesday in a hotel near the lake.", "Tuesday", "2026-01-20");
        assertDate("The ministry confirmed on Monday that the border crossing had reopened.", "Monday", "2026-01-19");
    }

    @Test
    void shouldResolveWeekdayForwardsInFutureTenseSentence() {
        assertDate("The delegation will travel to the capital on Thursday.", "Thursday", "2026-01-22");
        assertDate("Negotiators are scheduled to resume talks on Monday.", "Monday", "2026-01-26");
    }

    @Test
    void shouldReadNthWeekdayOfMonthAsOneDay() {
        assertDate("Islanders will choose a new council on the first Sunday of March.", "the first Sunday of March",
                "2026-03-01");
        assertDate("The regatta was sailed on the third Saturday of August.", "the third Saturday of August",
                "2025-08-16");
        assertDate("Shareholders meet on the last Friday in June 2026.", "the last Friday in June 2026", "2026-06-26");
        assertTimex("The library hosts a book swap on the second Tuesday of each month.",
                "the second Tuesday of each month", TimexType.SET, "P1M");
    }

    @Test
    void shouldTreatReportingVerbAsPast() {
        assertDate("The spokesman said Friday that no decision was taken.", "Friday", "2026-01-16");
    }

    @Test
    void shouldKeepEachClauseItsOwnTense() {
        String text = "She arrived on Sunday and will leave on Saturday.";
        assertDate(text, "Sunday", "2026-01-18");
        assertDate(text, "Saturday", "2026-01-24");
    }

    @Test
    void shouldReadPublicationWeekdayAsThatDay() {
        assertDate("Protesters gathered outside parliament on Wednesday.", "Wednesday", "2026-01-21");
    }

    @Test
    void shouldReadPossessiveWeekdayAsReportedEvent() {
        assertDate("Unions said they would challenge Monday's ruling in court.", "Monday", "2026-01-19");
    }

    @Test
    void shouldReadPossessiveWeekdayAheadWhenTheClauseAwaitsIt() {
        assertDate("The foreign minister will attend Thursday's round of talks in Vienna.", "Thursday", "2026-01-22");
        assertDate("Both parties are canvassing hard ahead of Sunday's runoff.", "Sunday", "2026-01-25");
        assertDate("Farmers are preparing for Friday's auction at the county showground.", "Friday", "2026-01-23");
        assertDate("Saturday's final is expected to draw a record crowd.", "Saturday", "2026-01-24");
    }

    @Test
    void shouldKeepPossessiveWeekdayBehindInPastTenseClause() {
        assertDate("Ahead of Monday's count, volunteers knocked on every door in the ward.", "Monday", "2026-01-19");
        assertDate("The striker, who will miss the cup tie, scored in Saturday's win.", "Saturday", "2026-01-17");
    }

    @Test
    void shouldReadParticipleBeforeWeekdayAsPast() {
        assertDate("They will appeal the decision, announced Tuesday by the regulator.", "Tuesday", "2026-01-20");
    }

    @Test
    void shouldResolveLastAndNextWeekdays() {
        assertDate("The vote comes next Tuesday.", "next Tuesday", "2026-01-27");
        assertDate("The rally last Friday drew thousands.", "last Friday", "2026-01-16");
    }

    @Test
    void shouldGivePartOfDayAsTime() {
        assertTimex("The convoy was attacked Thursday night outside the town.", "Thursday night", TimexType.TIME,
                "2026-01-15TNI");
        assertTimex("He will fly home on Thursday night.", "Thursday night", TimexType.TIME, "2026-01-22TNI");
    }

    @Test
    void shouldPlaceADeadlineAfterUntilAhead() {
        assertDate("The council postponed the vote until Friday.", "Friday", "2026-01-23");
        assertTimex("The landlord gave the tenants until 9 a.m. Tuesday to leave.", "9 a.m. Tuesday", TimexType.TIME,
                "2026-01-27T09:00");
        assertDate("Until Monday, the ferry had kept to its winter timetable.", "Monday", "2026-01-19");
        assertDate("The road stayed shut up until Monday.", "Monday", "2026-01-19");
    }

    @Test
    void shouldCountTheDayBeforeOrAfterAWeekday() {
        assertDate("The day before last Tuesday's hearing, the lawyers met in private.", "day before last Tuesday",
                "2026-01-19");
        assertDate("Crews returned the day after Friday's storm.", "day after Friday", "2026-01-17");
    }

    @Test
    void shouldReadAnEventSetForAWeekdayAsAhead() {
        assertDate("The council said the final vote was set for Thursday.", "Thursday", "2026-01-22");
        assertDate("A second hearing had been set for Monday, the clerk said.", "Monday", "2026-01-19");
    }

    @Test
    void shouldEndASpanOfTwoWeekdaysAfterItsStart() {
        LocalDate tuesday = LocalDate.of(2026, 3, 10);
        List<Timex> talks = Tagging.tag("The envoy flew in late Monday for talks that run from Tuesday to Thursday.",
                tuesday);
        assertEquals("2026-03-10", Tagging.timex(talks, "Tuesday").value());
        assertEquals("2026-03-12", Tagging.timex(talks, "Thursday").value());
        List<Timex> fair = Tagging.tag("She arrived on Monday for a fair open Tuesday-Thursday.", tuesday);
        assertEquals("2026-03-12", Tagging.timex(fair, "Thursday").value());
        assertDate("Statements were issued Friday and Thursday by both camps.", "Thursday", "2026-01-15");
    }

    @Test
    void shouldNotCountFromTheDayOfTheReport() {
        assertDate("The rebels took the town on Sunday, the army said Tuesday. The next day, they pulled out.",
                "The next day", "2026-01-19");
    }

    @Test
    void shouldReadAPossibilityAsAhead() {
        assertDate("Talks are under way and could conclude by Friday.", "Friday", "2026-01-23");
        assertDate("Officials could not be reached on Friday.", "Friday", "2026-01-16");
    }

    @Test
    void shouldReadThisComingAndThisPastWeekdays() {
        assertDate("The strike ends this coming Friday.", "this coming Friday", "2026-01-23");
        assertDate("Prices fell this past Monday.", "this past Monday", "2026-01-19");
    }

    @Test
    void shouldCountFromANamedWeekday() {
        assertDate("The agency will publish the data a week from Thursday.", "a week from Thursday", "2026-01-29");
    }

    @Test
    void shouldPutPossessiveWeekdayAheadWhenMarketsBraceForIt() {
        assertDate("Traders are bracing for Friday's jobs report.", "Friday", "2026-01-23");
        assertDate("Both parties are gearing up for Sunday's runoff.", "Sunday", "2026-01-25");
    }
}
