package io.factline.temporal;

import static io.factline.temporal.Tagging.assertDate;
import static io.factline.temporal.Tagging.assertNothingIn;
import static io.factline.temporal.Tagging.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SeasonAndHolidayRulesTest {

    @Test
    void shouldResolveSeasons() {
        assertDate("The project stalled last fall.", "last fall", "2025-FA");
        assertDate("Construction starts this summer.", "this summer", "2026-SU");
        Timex spring = timex("The law was drafted in the spring of 2024.", "the spring of 2024");
        assertEquals("2024-SP", spring.value());
        assertEquals("2024-21", spring.edtf());
    }

    @Test
    void shouldNotTakeVerbFallForSeason() {
        assertNothingIn("Shares could fall sharply if the deal fails.");
    }

    @Test
    void shouldResolveHolidaysByTense() {
        assertDate("The ceasefire began at Christmas.", "Christmas", "2025-12-25");
        assertDate("The family will gather again at Easter.", "Easter", "2026-04-05");
        assertDate("Turnout was high on Election Day 2024.", "Election Day 2024", "2024-11-05");
        assertDate("Markets closed early on New Year's Eve.", "New Year's Eve", "2025-12-31");
    }

    @Test
    void shouldComputeEasterSunday() {
        assertEquals(LocalDate.of(2026, 4, 5), Holidays.easterSunday(2026));
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easterSunday(2000));
    }

    @Test
    void shouldReadHolidayWeekAsItsWeek() {
        assertDate("Shops stayed shut during Easter week.", "Easter week", "2025-W16");
    }

    @Test
    void shouldDateShoppingDaysFromThanksgiving() {
        assertDate("Stores opened at dawn on Black Friday.", "Black Friday", "2025-11-28");
        assertDate("Online orders peaked on Cyber Monday.", "Cyber Monday", "2025-12-01");
    }

    @Test
    void shouldResolveHolidaysNamedWithTheirFullTitle() {
        assertDate("Schools were shut for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2026-01-19");
        assertDate("Banks will close for Juneteenth.", "Juneteenth", "2026-06-19");
        assertDate("The town will hold its parade on the Fourth of July.", "the Fourth of July", "2026-07-04");
        assertDate("Sparklers are banned this Fourth of July.", "this Fourth of July", "2026-07-04");
    }

    @Test
    void shouldDateHolidayByTheYearNamedAfterIt() {
        assertDate("The fireworks show returns on the Fourth of July next year.", "the Fourth of July", "2027-07-04");
        assertDate("The shop first opened on Boxing Day last year.", "Boxing Day", "2025-12-26");
    }
}
