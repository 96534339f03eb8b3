package io.factline.temporal;

import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.assertTimex;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimeOfDayRulesTest {

    @Test
    void shouldPutClockTimeOnPublicationDay() {
        Timex time = timex("The blast was heard at 10:35 a.m. near the station.", "10:35 a.m.");
        assertEquals(TimexType.TIME, time.type());
        assertEquals("2026-01-21T10:35", time.value());
        assertEquals("2026-01-21T10:35:00", time.edtf());
    }

    @Test
    void shouldReadOvernightInAPastClauseAsLastNight() {
        assertTimex("Artillery pounded the northern suburbs overnight, residents said.", "overnight", TimexType.TIME,
                "2026-01-20TNI");
        assertTimex("Overnight, gunmen attacked a border post.", "Overnight", TimexType.TIME, "2026-01-20TNI");
    }

    @Test
    void shouldReadOvernightInAFutureClauseAsTonight() {
        assertTimex("Temperatures will drop sharply overnight.", "overnight", TimexType.TIME, "2026-01-21TNI");
    }

    @Test
    void shouldNotTagOvernightAsSuddenChangeOrModifier() {
        assertNothingIn("The fortunes of the port did not change overnight.");
        assertNothingIn("The singer became a star almost overnight.");
        assertNothingIn("Guests paid for an overnight stay.");
        assertNothingIn("Overnight rates in the money market rose.");
    }

    @Test
    void shouldCombineClockTimeWithDay() {
        assertTimex("Polls close at 8 p.m. Thursday.", "8 p.m. Thursday", TimexType.TIME, "2026-01-22T20:00");
        assertTimex("The deadline is noon Friday.", "noon Friday", TimexType.TIME, "2026-01-23T12:00");
        assertTimex("The shop closed at noon Friday.", "noon Friday", TimexType.TIME, "2026-01-16T12:00");
    }

    @Test
    void shouldCombineClockTimeWithQualifiedWeekday() {
        assertTimex("The judge set a hearing for 10 a.m. next Thursday.", "10 a.m. next Thursday", TimexType.TIME,
                "2026-01-22T10:00");
        assertTimex("Officers arrested him at 11 p.m. last Tuesday.", "11 p.m. last Tuesday", TimexType.TIME,
                "2026-01-20T23:00");
        assertTimex("Next Monday at 9 a.m. the ferry resumes service.", "Next Monday at 9 a.m.", TimexType.TIME,
                "2026-01-26T09:00");
        assertTimex("A vigil will be held at 2 p.m. on Saturday, Feb. 7, at the chapel.", "2 p.m. on Saturday, Feb. 7",
                TimexType.TIME, "2026-02-07T14:00");
    }

    @Test
    void shouldNotPutPastClockTimeOnDayAhead() {
        List<Timex> found = Tagging.tag("Forecasters said more rain would come on Friday. The river rose past its banks"
                + " at 6 a.m., officials said.");
        assertEquals("2026-01-23", timex(found, "Friday").value());
        assertEquals("2026-01-21T06:00", timex(found, "6 a.m.").value());
        assertEquals("2026-01-23T09:00", timex("The polls will open on Friday. Voting starts at 9 a.m.", "9 a.m.").value());
    }

    @Test
    void shouldReadLateAtNight() {
        Timex night = timex("The shots were fired late at night.", "late at night");
        assertEquals("2026-01-21TNI", night.value());
        assertEquals("END", night.mod());
    }

    @Test
    void shouldNotReadWordsAfterNumbersAsClockTimes() {
        assertNothingIn("The attack killed 12 Americans and injured others.");
    }

    @Test
    void shouldReadBareHourWithPartOfDay() {
        assertTimex("The alarm went off at 4 in the morning.", "4 in the morning", TimexType.TIME, "2026-01-21T04:00");
        assertTimex("The kiosk stays open until 10 at night.", "10 at night", TimexType.TIME, "2026-01-21T22:00");
    }

    @Test
    void shouldAnchorPartOfDayToTheDayLastMentioned() {
        String text = "The auction opened on Monday. Collectors bid heavily in the morning and left by noon.";
        assertTimex(text, "the morning", TimexType.TIME, "2026-01-19TMO");
        assertTimex("Ferries resume service during the afternoon.", "the afternoon", TimexType.TIME, "2026-01-21TAF");
        assertNothingIn("She recalled the sound in the morning of the flood.");
    }

    @Test
    void shouldNotTakeHighNoonForClockTime() {
        assertEquals(List.of("today"), Tagging.tag("For the league, high noon comes today.").stream().map(Timex::text).toList());
        assertTimex("The talks resume at noon.", "noon", TimexType.TIME, "2026-01-21T12:00");
    }

    @Test
    void shouldReadClockTimeWithFullStopBeforeMeridiem() {
        assertTimex("Doors will open at 7.15pm on Friday.", "7.15pm on Friday", TimexType.TIME, "2026-01-23T19:15");
        assertTimex("The first train leaves at 6.05 a.m.", "6.05 a.m.", TimexType.TIME, "2026-01-21T06:05");
        assertNothingIn("The index closed 9.30 points higher.");
    }

    @Test
    void shouldTakeTimeZonesOfOtherRegionsIntoTheClockTime() {
        assertTimex("The insurer will brief analysts at 8 a.m. PT on Thursday.", "8 a.m. PT on Thursday", TimexType.TIME,
                "2026-01-22T08:00");
        assertTimex("Trading in Sydney opens at 10am AEDT.", "10am AEDT", TimexType.TIME, "2026-01-21T10:00");
    }
}
