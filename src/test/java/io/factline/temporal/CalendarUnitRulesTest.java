package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarUnitRulesTest {

    @Test
    void shouldResolveBareMonthBackwardsInPastTense() {
        assertDate("In August the company said sales fell.", "August", "2025-08");
    }

    @Test
    void shouldResolveBareMonthForwardsInFutureTense() {
        assertDate("The new line will open in December.", "December", "2026-12");
    }

    @Test
    void shouldResolveLastAndNextMonthNames() {
        assertDate("The port was closed last November.", "last November", "2025-11");
        assertDate("It reopens next March.", "next March", "2026-03");
        assertDate("They met in February this year.", "February this year", "2026-02");
    }

    @Test
    void shouldNotTakeMarchNamedAfterMonthForDate() {
        assertNothingIn("Thousands joined the March for Peace downtown.");
        assertNothingIn("Nurses led the \"March of the Night Shifts\" past the hospital.");
        assertDate("The chairman stepped down in March for health reasons.", "March", "2025-03");
    }

    @Test
    void shouldNotTakeClockTimeInAnotherZoneForYear() {
        assertNothingIn("Polling stations close at 2000 GMT.");
        assertEquals(java.util.List.of("10 a.m. local time", "Friday"),
                Tagging.tag("The summit opens at 10 a.m. local time (1700 GMT) on Friday.").stream().map(Timex::text).toList());
        assertDate("The ferry line opened in 1970 and was sold in 2005.", "1970", "1970");
    }

    @Test
    void shouldNotTakeModalMayForMonth() {
        assertNothingIn("May the best team win.");
        assertNothingIn("Officials may march on the square.");
    }

    @Test
    void shouldReadYears() {
        assertDate("The dam was built in 2014.", "2014", "2014");
        assertDate("Results for fiscal 2025 were flat.", "fiscal 2025", "2025");
    }

    @Test
    void shouldNotTakeAmountsForYears() {
        assertNothingIn("The fund holds $2014 in cash.");
        assertNothingIn("Turnout was 2,020 votes.");
    }

    @Test
    void shouldReadDecadesWithEdtf() {
        Timex nineties = timex("Growth was faster in the 1990s.", "the 1990s");
        assertEquals("199", nineties.value());
        assertEquals("199X", nineties.edtf());
        assertDate("Housing was cheap in the '80s.", "the '80s", "198");
        Timex mid = timex("The program started in the mid-1970s.", "the mid-1970s");
        assertEquals("MID", mid.mod());
    }

    @Test
    void shouldReadCenturies() {
        Timex century = timex("The church dates from the 12th century.", "the 12th century");
        assertEquals("11", century.value());
        assertEquals("11XX", century.edtf());
        assertDate("Cities grew fast in the twentieth century.", "the twentieth century", "19");
    }

    @Test
    void shouldReadSpelledYearBeforeVerb() {
        assertDate("His pledge to finish by the year two thousand has been dropped.", "the year two thousand", "2000");
    }

    @Test
    void shouldTakeComingDateAfterEffective() {
        assertDate("The board named a new treasurer, effective May 1.", "May 1", "2026-05-01");
    }

    @Test
    void shouldKeepDistantEndPointInThePast() {
        Timex august = timex(Tagging.tag("Sales this year through August were flat.", LocalDate.of(2026, 10, 27)),
                "August");
        assertEquals("2026-08", august.value());
    }

    @Test
    void shouldNotTakeAgeForDecade() {
        assertNothingIn("A driver in his sixties was treated for cuts.");
        assertDate("Folk clubs thrived in the sixties.", "the sixties", "196");
    }

    @Test
    void shouldCountAYearEarlierFromTheMonthReportedNotTheMonthComparedWith() {
        assertDate("Retail sales rose 0.4 percent in December from November, the agency said Tuesday. From a year "
                + "earlier, sales were up 3 percent.", "a year earlier", "2024-12");
    }

    @Test
    void shouldReadTenseForMonthJoinedToItsModifier() {
        Timex month = timex("The ferry link will restart in mid-September.", "mid-September");
        assertEquals("2026-09", month.value());
        assertEquals("MID", month.mod());
        assertDate("The ferry link restarted in mid-September.", "mid-September", "2025-09");
        assertDate("The port said on Monday that the link will restart in mid-September.", "mid-September", "2026-09");
    }

    @Test
    void shouldReadEndAndStartJoinedToAMonthOrYear() {
        Timex end = timex("The loan matures at end-June.", "end-June");
        assertEquals("2026-06", end.value());
        assertEquals("END", end.mod());
        Timex start = timex("Rates were cut at start-2025.", "start-2025");
        assertEquals("2025", start.value());
        assertEquals("START", start.mod());
    }

    @Test
    void shouldReadTwoDigitFiscalYearAfterFY() {
        assertDate("The retailer cut its outlook for FY26 on Tuesday.", "FY26", "2026");
        assertDate("Margins held up in FY 24.", "FY 24", "2024");
    }
}
