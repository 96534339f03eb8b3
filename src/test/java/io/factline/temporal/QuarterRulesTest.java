package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.tag;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuarterRulesTest {

    @Test
    void shouldPutPastQuarterInPreviousYearWhenNotYetStarted() {
        assertDate("The airline reported a loss in the third quarter.", "the third quarter", "2025-Q3");
    }

    @Test
    void shouldKeepQuarterOfPublicationYearInFutureTense() {
        assertDate("The plant will reopen in the second quarter.", "the second quarter", "2026-Q2");
    }

    @Test
    void shouldReadResultsOfJustEndedQuarterAsLastYears() {
        assertDate("The brewer will publish fourth-quarter earnings on Feb. 12.", "fourth-quarter", "2025-Q4");
        assertDate("The brewer will invest more in the fourth quarter.", "the fourth quarter", "2026-Q4");
        assertDate("Fourth-quarter sales are expected to rise.", "Fourth-quarter", "2025-Q4");
        assertEquals("2026-Q4", timex(tag("The mill will publish fourth-quarter results next winter.",
                LocalDate.of(2026, 6, 10)), "fourth-quarter").value());
    }

    @Test
    void shouldReadThisQuartersReportedFiguresAsTheReportedQuarter() {
        List<Timex> found = tag("The grocer posted a loss for the fourth quarter. This quarter's loss includes a charge"
                + " for closing stores.");
        assertEquals("2025-Q4", timex(found, "This quarter").value());
        List<Timex> ahead = tag("The grocer posted a loss for the fourth quarter. This quarter's sales will fall"
                + " further, it warned.");
        assertEquals("2026-Q1", timex(ahead, "This quarter").value());
    }

    @Test
    void shouldReadQuarterOfRelativeYear() {
        assertDate("The insurer expects a profit in the fourth quarter of this year.", "the fourth quarter of this year",
                "2026-Q4");
        assertDate("Output should recover in the first half of next year.", "the first half of next year", "2027-H1");
    }

    @Test
    void shouldReadQuarterWithYear() {
        assertDate("Sales in the fourth quarter of 2025 rose.", "the fourth quarter of 2025", "2025-Q4");
        assertDate("Margins shrank in Q3 2024.", "Q3 2024", "2024-Q3");
        assertDate("Deliveries slow in H2 2025.", "H2 2025", "2025-H2");
        Timex timex = timex("Revenue grew in the first half of 2025.", "the first half of 2025");
        assertEquals("2025-H1", timex.value());
        assertEquals("2025-01/2025-06", timex.edtf());
    }

    @Test
    void shouldReadAdjectivalQuarter() {
        assertDate("Third-quarter profit fell after the merger was completed.", "Third-quarter", "2025-Q3");
    }

    @Test
    void shouldTakeLatestQuarterAsLastCompletedOne() {
        assertDate("Earnings dipped in the latest quarter.", "the latest quarter", "2025-Q4");
    }

    @Test
    void shouldCompareYearAgoQuarterWithStoryQuarter() {
        String text = "Net income rose in the third quarter of 2025 from the year-ago quarter.";
        assertDate(text, "the year-ago quarter", "2024-Q3");
    }

    @Test
    void shouldKeepReportedQuarterWhenStoryLaterNamesAnother() {
        String text = "The brewer reported a higher profit for the third quarter. It expects a weaker fourth quarter. "
                + "Beer sales in the latest quarter rose, and were flat a year ago. "
                + "After a soft second quarter, margins in the 2025 period widened.";
        assertDate(text, "the latest quarter", "2025-Q3");
        assertDate(text, "a year ago", "2024-Q3");
        assertDate(text, "the 2025 period", "2025-Q3");
    }

    @Test
    void shouldNotTakeRunningQuarterForLatestQuarter() {
        String text = "The carrier sees fuel costs easing in the first quarter. Bookings in the latest quarter rose.";
        assertDate(text, "the latest quarter", "2025-Q4");
    }

    @Test
    void shouldReadCorrespondingPeriodLastYear() {
        String text = "The insurer reported a profit for the third quarter, against a loss in the corresponding "
                + "period last year.";
        assertDate(text, "the corresponding period last year", "2024-Q3");
    }

    @Test
    void shouldReadTheSamePeriodOfThePreviousYearAsOneComparison() {
        String text = "The brewer sold more beer in the third quarter than in the same period of the previous year.";
        assertDate(text, "the same period of the previous year", "2024-Q3");
        assertDate("Lettings rose in the third quarter from the same quarter a year earlier.",
                "the same quarter a year earlier", "2024-Q3");
        assertDate("Margins were wider than in the comparable period of the prior year, the chain said.",
                "the comparable period of the prior year", "2024-Q4");
    }

    @Test
    void shouldPlaceAFiscalQuarterByTheMonthItEnded() {
        assertDate("In the quarter ended Oct. 31, the grocer sold more frozen food.", "the quarter", "2025-Q3");
        assertDate("Sales rose in the quarter ending Nov. 30, the bakery said.", "the quarter", "2025-Q4");
    }

    @Test
    void shouldNotReadHalfOfADecadeAsHalfAYear() {
        String text = "Rents stalled in the last half of the '90s, the survey found.";
        assertDate(text, "the '90s", "199");
        assertEquals(1, Tagging.tag(text).size());
    }

    @Test
    void shouldReadTwoQuartersAsAHalfYear() {
        assertDate("Margins should recover in the first two quarters of 2027.", "the first two quarters of 2027",
                "2027-H1");
        assertDate("The mill lost money in the last two quarters of 2025.", "the last two quarters of 2025", "2025-H2");
    }

    /** A Wednesday at the end of October, when results stories report the third quarter and the nine months. */
    private static final LocalDate RESULTS_SEASON = LocalDate.of(2026, 10, 28);

    @Test
    void shouldCompareNineMonthsWithTheSameMonthsOfThePreviousYear() {
        String text = "Harbour Mills said third-quarter profit rose 8% to $3 million from $2.8 million a year earlier. "
                + "For the nine months, profit climbed to $9.1 million from $7.4 million a year earlier.";
        var found = tag(text, RESULTS_SEASON);
        assertEquals("2025-Q3", found.get(1).value(), "the quarter's comparison: " + found);
        assertEquals("a year earlier", found.get(3).text());
        assertEquals("2025", found.get(3).value(), "the nine months' comparison: " + found);
    }

    @Test
    void shouldReadYearEarlierAndNamedPeriodAfterNineMonthsAsThatYear() {
        String text = "In the first nine months, the brewer lost $2 million, against year-earlier net income of $5 million. "
                + "Through the first nine months, sales were flat against the 2025 period.";
        var found = tag(text, RESULTS_SEASON);
        assertEquals("2025", timex(found, "year-earlier").value());
        assertEquals("2025", timex(found, "the 2025 period").value());
    }

    @Test
    void shouldKeepQuarterComparisonWhenTheQuarterFollowsTheNineMonths() {
        String text = "Profit for the nine months rose 5%, and third-quarter sales rose to $5 million from $4 million "
                + "a year earlier.";
        assertEquals("2025-Q3", timex(tag(text, RESULTS_SEASON), "a year earlier").value());
    }

    @Test
    void shouldReadThreeNamedMonthsAsTheirQuarter() {
        assertDate("Revenue rose 3% in the October-December quarter.", "the October-December quarter", "2025-Q4");
        assertDate("Output should pick up in the April-June period.", "the April-June period", "2026-Q2");
        assertDate("Its August-October quarter was the weakest.", "August-October quarter", "2025-Q3");
    }

    @Test
    void shouldReadSixNamedMonthsFromJanuaryOrJulyAsAHalf() {
        assertDate("Sales in the January-June period of 2024 were flat.", "the January-June period of 2024", "2024-H1");
    }

    @Test
    void shouldLeaveOtherMonthSpansToTheirMonths() {
        List<Timex> found = tag("Sales in the March-July period were flat.");
        assertEquals(List.of("March", "July"), found.stream().map(Timex::text).toList());
    }

    @Test
    void shouldPlaceNamedMonthsQuarterInTheYearAsAnOrdinalQuarter() {
        assertEquals("2025-Q2", timex(tag("The lender will publish figures for the April-June quarter on July 30.",
                LocalDate.of(2025, 7, 15)), "the April-June quarter").value());
    }
}
