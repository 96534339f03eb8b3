package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExplicitDateRulesTest {

    @Test
    void shouldReadWrittenDatesInCommonForms() {
        assertDate("The court sits again on Jan. 22.", "Jan. 22", "2026-01-22");
        assertDate("The treaty was signed on 22 January 2026 in Geneva.", "22 January 2026", "2026-01-22");
        assertDate("Voting ends on January 22nd.", "January 22nd", "2026-01-22");
        assertDate("The filing is dated 1/22/2026.", "1/22/2026", "2026-01-22");
        assertDate("The log shows 2025-11-03 as the last entry.", "2025-11-03", "2025-11-03");
        assertDate("The plant opened on Aug. 7, 1998, with two lines.", "Aug. 7, 1998", "1998-08-07");
        assertDate("It was finished on the 3rd of March 2024.", "the 3rd of March 2024", "2024-03-03");
    }

    @Test
    void shouldPlaceMonthOfThatYearInTheYearNamedBefore() {
        assertDate("The senator quit in the spring of 2022 and was charged in October of that year.",
                "October of that year", "2022-10");
        assertDate("The mill opened in 1998 and shut in March of the following year.", "March of the following year",
                "1999-03");
        assertDate("She moved abroad in 1971, on June 4 of that year.", "June 4 of that year", "1971-06-04");
        assertDate("Tenders close in October of that year, the notice said.", "October of that year", "2025-10");
    }

    @Test
    void shouldPlaceDatesInTheYearTheirSentenceNamedFromPublication() {
        assertDate("Organisers said next year's fair would run from August 20 to August 23.", "August 20", "2027-08-20");
        assertDate("Organisers said next year's fair would run from August 20 to August 23.", "August 23", "2027-08-23");
        assertDate("Last year, the board met in March and again in October.", "October", "2025-10");
        assertDate("Next year the line will close on Feb. 2 for repairs.", "Feb. 2", "2027-02-02");
        // the sentence detector cuts after "Aug."; the frame reads past such a cut
        assertDate("Next year's show would run from Aug. 20 until Sept. 23.", "Sept. 23", "2027-09-23");
    }

    @Test
    void shouldKeepAYearFrameOverAListOfDates() {
        LocalDate december = LocalDate.of(2026, 12, 3);
        String text = "Last year, the choir sang in Vienna in May and in Salzburg in August.";
        assertEquals("2025-08", Tagging.timex(Tagging.tag(text, december), "August").value());
        String ahead = "Next year the airline will add flights to Lima in April and to Quito in June, it said.";
        assertEquals("2027-06", Tagging.timex(Tagging.tag(ahead, LocalDate.of(2026, 7, 14)), "June").value());
    }

    @Test
    void shouldNotLetAYearFrameReachAcrossSentencesOrAgainstTheVerbs() {
        assertDate("Next year the line will close for repairs. Engineers inspected it on Jan. 9.", "Jan. 9", "2026-01-09");
        assertDate("Sales fell last year, and the shop will reopen in March.", "March", "2026-03");
        assertDate("The museum, which reopened last year, will hold the show in March.", "March", "2026-03");
        LocalDate december = LocalDate.of(2026, 12, 3);
        String returns = "Last year, the choir sang in Vienna, and it returns to Salzburg in the spring.";
        assertEquals("2027-SP", Tagging.timex(Tagging.tag(returns, december), "the spring").value());
        String opened = "Next year the shop, which opened in May, will move to the harbour.";
        assertEquals("2026-05", Tagging.timex(Tagging.tag(opened, LocalDate.of(2026, 8, 31)), "May").value());
    }

    @Test
    void shouldIncludeLeadingWeekdayInFullDate() {
        assertDate("The summit opens Thursday, Jan. 29, in Brussels.", "Thursday, Jan. 29", "2026-01-29");
    }

    @Test
    void shouldPlaceDayWithoutYearNearPublicationDate() {
        assertDate("The ruling said the family must leave the country by Jan. 14.", "Jan. 14", "2026-01-14");
        assertDate("The fire broke out on Oct. 23 in a warehouse.", "Oct. 23", "2025-10-23");
        assertDate("Elections are due on March 8.", "March 8", "2026-03-08");
    }

    @Test
    void shouldPlaceEndPointAheadEvenInPastTense() {
        assertDate("The bank extended the credit line through March.", "March", "2026-03");
        assertDate("Lawmakers agreed last week to keep the program running until Feb. 28.", "Feb. 28", "2026-02-28");
    }

    @Test
    void shouldReadSpelledOutYears() {
        assertDate("The station first aired in nineteen ninety-six.", "nineteen ninety-six", "1996");
        assertDate("Planning began in March nineteen ninety-eight.", "March nineteen ninety-eight", "1998-03");
    }

    @Test
    void shouldReadMonthYear() {
        Timex timex = timex("Inflation peaked in August 2025.", "August 2025");
        assertEquals("2025-08", timex.value());
        assertEquals("2025-08", timex.edtf());
    }

    @Test
    void shouldResolveWeekOfDate() {
        assertDate("The hearing is set for the week of March 6.", "the week of March 6", "2026-W10");
        assertDate("Dockers plan a stoppage for the weekend of Feb. 7-8.", "the weekend of Feb. 7-8", "2026-W06-WE");
    }

    @Test
    void shouldDateTheSecondDayOfACoordinatedPair() {
        String text = "The regatta will be sailed on March 14 and 15 off the north pier.";
        assertDate(text, "March 14", "2026-03-14");
        assertDate(text, "15", "2026-03-15");
        assertDate("Auditors visited the depot on Nov. 4 or 5.", "5", "2025-11-05");
        String range = "The archive was closed Sept. 8-10, 2024, for repairs.";
        assertDate(range, "Sept. 8", "2024-09-08");
        assertDate(range, "10, 2024", "2024-09-10");
    }

    @Test
    void shouldReadDayWrittenAsOrdinalWord() {
        assertDate("The vote is set for March eighth.", "March eighth", "2026-03-08");
        assertDate("The plant reopened on Monday, January twelfth.", "Monday, January twelfth", "2026-01-12");
        assertDate("The fair opens on June twenty-first.", "June twenty-first", "2026-06-21");
    }

    @Test
    void shouldReadIsoTimestampAsTimeOfItsDay() {
        Tagging.assertTimex("The sensor logged the spike at 2026-01-19T08:05:00Z, the utility said.",
                "2026-01-19T08:05:00Z", TimexType.TIME, "2026-01-19T08:05:00");
        Tagging.assertTimex("The docket shows the motion was filed 2026-01-16 17:45 by the defence.",
                "2026-01-16 17:45", TimexType.TIME, "2026-01-16T17:45");
        Tagging.assertTimex("The feed carried the item at 2025-12-30T23:10+01:00.",
                "2025-12-30T23:10+01:00", TimexType.TIME, "2025-12-30T23:10");
    }

    @Test
    void shouldReadNumericDateDayFirstWhenMonthFirstNamesNoDate() {
        assertDate("The inquiry resumes on 27/01/2026 in Cardiff.", "27/01/2026", "2026-01-27");
        assertDate("The notice was dated 1/13/2026.", "1/13/2026", "2026-01-13");
        assertDate("The order of 03/04/2025 still stands.", "03/04/2025", "2025-03-04");
    }

    @Test
    void shouldReadDottedNumericDateDayFirst() {
        assertDate("The index hit a record on 19.01.2026, the exchange said.", "19.01.2026", "2026-01-19");
        assertDate("The contract was signed on 03.04.2025.", "03.04.2025", "2025-04-03");
    }
}
