package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.IntFunction;

/** Holidays that news writes by name, with the day each falls on in a given year. */
final class Holidays {

    static final Map<String, IntFunction<LocalDate>> DAYS = Map.ofEntries(
            fixed("christmas", 12, 25), fixed("christmas day", 12, 25), fixed("christmas eve", 12, 24),
            fixed("new year's day", 1, 1), fixed("new year's eve", 12, 31), fixed("new years eve", 12, 31),
            fixed("new year's", 1, 1), fixed("boxing day", 12, 26), fixed("valentine's day", 2, 14),
            fixed("halloween", 10, 31), fixed("independence day", 7, 4), fixed("the fourth of july", 7, 4),
            fixed("july fourth", 7, 4), fixed("veterans day", 11, 11), fixed("armistice day", 11, 11),
            fixed("bastille day", 7, 14), fixed("may day", 5, 1), fixed("all saints' day", 11, 1),
            fixed("st. patrick's day", 3, 17), fixed("epiphany", 1, 6), fixed("fourth of july", 7, 4),
            fixed("juneteenth", 6, 19), fixed("remembrance day", 11, 11), fixed("canada day", 7, 1),
            fixed("australia day", 1, 26), fixed("anzac day", 4, 25), fixed("st. valentine's day", 2, 14),
            Map.entry("thanksgiving", year -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4)),
            Map.entry("thanksgiving day", year -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4)),
            Map.entry("labor day", year -> nthWeekday(year, 9, DayOfWeek.MONDAY, 1)),
            Map.entry("memorial day", year -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry("black friday", year -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4).plusDays(1)),
            Map.entry("cyber monday", year -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4).plusDays(4)),
            Map.entry("martin luther king day", year -> nthWeekday(year, 1, DayOfWeek.MONDAY, 3)),
            Map.entry("martin luther king jr. day", year -> nthWeekday(year, 1, DayOfWeek.MONDAY, 3)),
            Map.entry("martin luther king, jr. day", year -> nthWeekday(year, 1, DayOfWeek.MONDAY, 3)),
            Map.entry("mlk day", year -> nthWeekday(year, 1, DayOfWeek.MONDAY, 3)),
            Map.entry("columbus day", year -> nthWeekday(year, 10, DayOfWeek.MONDAY, 2)),
            Map.entry("indigenous peoples' day", year -> nthWeekday(year, 10, DayOfWeek.MONDAY, 2)),
            Map.entry("presidents day", year -> nthWeekday(year, 2, DayOfWeek.MONDAY, 3)),
            Map.entry("president's day", year -> nthWeekday(year, 2, DayOfWeek.MONDAY, 3)),
            Map.entry("presidents' day", year -> nthWeekday(year, 2, DayOfWeek.MONDAY, 3)),
            Map.entry("mother's day", year -> nthWeekday(year, 5, DayOfWeek.SUNDAY, 2)),
            Map.entry("father's day", year -> nthWeekday(year, 6, DayOfWeek.SUNDAY, 3)),
            Map.entry("election day", year -> nthWeekday(year, 11, DayOfWeek.MONDAY, 1).plusDays(1)),
            Map.entry("easter", Holidays::easterSunday),
            Map.entry("easter sunday", Holidays::easterSunday),
            Map.entry("easter monday", year -> easterSunday(year).plusDays(1)),
            Map.entry("good friday", year -> easterSunday(year).minusDays(2)),
            Map.entry("maundy thursday", year -> easterSunday(year).minusDays(3)),
            Map.entry("palm sunday", year -> easterSunday(year).minusDays(7)),
            Map.entry("ash wednesday", year -> easterSunday(year).minusDays(46)),
            Map.entry("mardi gras", year -> easterSunday(year).minusDays(47)),
            Map.entry("shrove tuesday", year -> easterSunday(year).minusDays(47)),
            Map.entry("pentecost", year -> easterSunday(year).plusDays(49)),
            Map.entry("whit monday", year -> easterSunday(year).plusDays(50)));

    private Holidays() {
    }

    private static Map.Entry<String, IntFunction<LocalDate>> fixed(String name, int month, int day) {
        MonthDay monthDay = MonthDay.of(month, day);
        return Map.entry(name, monthDay::atYear);
    }

    private static LocalDate nthWeekday(int year, int month, DayOfWeek dayOfWeek, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dayOfWeek));
    }

    /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
