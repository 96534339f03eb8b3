package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar interval of one granularity (a day, an ISO week, a quarter, a decade...), identified by its first day.
 * It renders itself as a TIMEX3 value and as an EDTF date or interval, and shifts by whole units of its granularity.
 */
record CalendarPoint(Granularity granularity, LocalDate start) {

    static CalendarPoint day(LocalDate date) {
        return new CalendarPoint(Granularity.DAY, date);
    }

    static CalendarPoint week(LocalDate anyDay) {
        return new CalendarPoint(Granularity.WEEK, anyDay.with(DayOfWeek.MONDAY));
    }

    static CalendarPoint weekend(LocalDate anyDay) {
        return new CalendarPoint(Granularity.WEEKEND, anyDay.with(DayOfWeek.SATURDAY));
    }

    static CalendarPoint month(int year, int month) {
        return new CalendarPoint(Granularity.MONTH, LocalDate.of(year, month, 1));
    }

    static CalendarPoint quarter(int year, int quarter) {
        return new CalendarPoint(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    static CalendarPoint half(int year, int half) {
        return new CalendarPoint(Granularity.HALF, LocalDate.of(year, half == 1 ? 1 : 7, 1));
    }

    /** A season starting in {@code firstMonth} (3 spring, 6 summer, 9 autumn, 12 winter) of {@code year}. */
    static CalendarPoint season(int year, int firstMonth) {
        return new CalendarPoint(Granularity.SEASON, LocalDate.of(year, firstMonth, 1));
    }

    static CalendarPoint year(int year) {
        return new CalendarPoint(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    static CalendarPoint decade(int anyYear) {
        return new CalendarPoint(Granularity.DECADE, LocalDate.of(Math.floorDiv(anyYear, 10) * 10, 1, 1));
    }

    static CalendarPoint century(int anyYear) {
        return new CalendarPoint(Granularity.CENTURY, LocalDate.of(Math.floorDiv(anyYear, 100) * 100, 1, 1));
    }

    /** The point of the given granularity that contains {@code date}. */
    static CalendarPoint containing(Granularity granularity, LocalDate date) {
        return switch (granularity) {
            case DAY -> day(date);
            case WEEK -> week(date);
            case WEEKEND -> weekend(date);
            case MONTH -> month(date.getYear(), date.getMonthValue());
            case QUARTER -> quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case HALF -> half(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> seasonContaining(date);
            case YEAR -> year(date.getYear());
            case DECADE -> decade(date.getYear());
            case CENTURY -> century(date.getYear());
        };
    }

    private static CalendarPoint seasonContaining(LocalDate date) {
        int month = date.getMonthValue();
        if (month <= 2) {
            return season(date.getYear() - 1, 12);
        }
        return season(date.getYear(), month - (month % 3));
    }

    CalendarPoint plus(long units) {
        return new CalendarPoint(granularity, start.plus(units * granularity.amount, granularity.unit));
    }

    int year() {
        return start.getYear();
    }

    /** The last day of the interval. */
    LocalDate end() {
        return switch (granularity) {
            case DAY -> start;
            case WEEKEND -> start.plusDays(1);
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case SEASON, QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
            case DECADE -> start.plusYears(10).minusDays(1);
            case CENTURY -> start.plusYears(100).minusDays(1);
        };
    }

    String timexValue() {
        int year = start.getYear();
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> isoWeek(start);
            case WEEKEND -> isoWeek(start) + "-WE";
            case MONTH -> "%04d-%02d".formatted(year, start.getMonthValue());
            case SEASON -> "%04d-%s".formatted(year, seasonCode());
            case QUARTER -> "%04d-Q%d".formatted(year, start.get(IsoFields.QUARTER_OF_YEAR));
            case HALF -> "%04d-H%d".formatted(year, start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> "%04d".formatted(year);
            case DECADE -> "%03d".formatted(year / 10);
            case CENTURY -> "%02d".formatted(year / 100);
        };
    }

    /** EDTF (ISO 8601-2) form: a date, a season code, a date with unspecified digits or an interval. */
    String edtf() {
        int year = start.getYear();
        return switch (granularity) {
            case DAY -> start.toString();
            case MONTH -> "%04d-%02d".formatted(year, start.getMonthValue());
            case YEAR -> "%04d".formatted(year);
            case SEASON -> "%04d-%d".formatted(year, 20 + start.getMonthValue() / 3);
            case DECADE -> "%03dX".formatted(year / 10);
            case CENTURY -> "%02dXX".formatted(year / 100);
            case WEEK, WEEKEND -> start + "/" + end();
            case QUARTER, HALF -> "%04d-%02d/%04d-%02d".formatted(year, start.getMonthValue(), end().getYear(),
                    end().getMonthValue());
        };
    }

    private String seasonCode() {
        return switch (start.getMonthValue()) {
            case 3 -> "SP";
            case 6 -> "SU";
            case 9 -> "FA";
            default -> "WI";
        };
    }

    private static String isoWeek(LocalDate date) {
        return "%04d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
