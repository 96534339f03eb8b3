package io.factline.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-written EDTF level 0/1 parser behind {@link EdtfDate#parse}; see there for what is
 * accepted. No Java EDTF library is published on Maven Central.
 */
final class EdtfParser {

    private static final Pattern QUALIFIER_INSIDE = Pattern.compile(".*[~?%].*");

    private static final Pattern POINT = Pattern.compile(
            "([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2})"
                    + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}(?::\\d{2})?)?)?)?)?");
    private static final String EXPECTED = "expected a form such as 2026, 2026-01, 2026-01-22, "
            + "2026-01-22T16:00Z, 202X, 2026-24 (winter), 2026-01~ or 2026-01-01/2026-01-20";
    private static final String OPEN = "..";

    private EdtfParser() {
    }

    static EdtfDate parse(String raw) {
        if (raw == null) {
            throw new InvalidDateException("", "no value given");
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            throw new InvalidDateException(raw, "the value is empty");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return point(value, value).date();
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new InvalidDateException(value, "an interval has exactly one '/'");
        }
        return interval(value, value.substring(0, slash), value.substring(slash + 1));
    }

    /** A single date and, for date-times, the time it names. */
    record Point(EdtfDate date, LocalDateTime time, ZoneOffset offset) {
    }

    static Point point(String whole, String text) {
        if (text.isEmpty()) {
            throw new InvalidDateException(whole, EXPECTED);
        }
        char last = text.charAt(text.length() - 1);
        boolean approximate = last == '~' || last == '%';
        boolean uncertain = last == '?' || last == '%';
        String core = approximate || uncertain ? text.substring(0, text.length() - 1) : text;
        rejectUnsupported(whole, core);
        Matcher m = POINT.matcher(core);
        if (!m.matches()) {
            throw new InvalidDateException(whole, EXPECTED);
        }
        return new PointReader(whole, text, approximate, uncertain, m).read();
    }

    private static void rejectUnsupported(String whole, String core) {
        if (core.isEmpty()) {
            throw new InvalidDateException(whole, "a qualifier (~, ? or %) needs a date before it");
        }
        if (QUALIFIER_INSIDE.matcher(core).matches()) {
            throw new InvalidDateException(whole,
                    "a qualifier (~, ? or %) goes once, at the end of a date, as in 2026-01~");
        }
        if (core.startsWith("-")) {
            throw new InvalidDateException(whole,
                    "negative years (before year 1) are not supported");
        }
        if (core.startsWith("Y")) {
            throw new InvalidDateException(whole,
                    "Y-prefixed years (beyond 9999 or before year 1) are not supported");
        }
        if (core.matches("[\\[{].*")) {
            throw new InvalidDateException(whole, "sets of dates (EDTF level 2) are not supported");
        }
    }

    private static EdtfDate interval(String whole, String startText, String endText) {
        boolean openStart = startText.isEmpty() || startText.equals(OPEN);
        boolean openEnd = endText.isEmpty() || endText.equals(OPEN);
        if (openStart && openEnd) {
            throw new InvalidDateException(whole, "an interval needs at least one known side");
        }
        Point from = openStart ? null : point(whole, startText);
        Point to = openEnd ? null : point(whole, endText);
        if (from != null && to != null) {
            rejectBackwards(whole, from, to);
        }
        return new EdtfDate(whole, Precision.INTERVAL,
                from == null ? null : from.date().start(),
                to == null ? null : to.date().end(),
                from != null && from.date().approximate() || to != null && to.date().approximate(),
                from != null && from.date().uncertain() || to != null && to.date().uncertain());
    }

    private static void rejectBackwards(String whole, Point from, Point to) {
        boolean backwards = to.date().end().isBefore(from.date().start());
        if (!backwards && from.time() != null && to.time() != null) {
            if (from.offset() != null && to.offset() != null) {
                backwards = OffsetDateTime.of(to.time(), to.offset())
                        .isBefore(OffsetDateTime.of(from.time(), from.offset()));
            } else if (from.offset() == null && to.offset() == null) {
                backwards = to.time().isBefore(from.time());
            }
        }
        if (backwards) {
            throw new InvalidDateException(whole, "the interval ends (" + to.date().display()
                    + ") before it starts (" + from.date().display() + ")");
        }
    }

    /** Reads the groups of one {@link #POINT} match, checking each part as it goes. */
    private record PointReader(String whole, String text, boolean approximate, boolean uncertain,
                               Matcher m) {

        Point read() {
            String year = m.group(1);
            String month = m.group(2);
            String day = m.group(3);
            if (year.contains("X")) {
                if (month != null) {
                    throw invalid("a month or day cannot follow a year with unspecified digits");
                }
                return unspecifiedYear(year);
            }
            int y = Integer.parseInt(year);
            if (y == 0) {
                throw invalid("years before 0001 are not supported");
            }
            if (month == null) {
                return of(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (month.equals("XX")) {
                if (day != null && !day.equals("XX")) {
                    throw invalid("a day cannot follow an unspecified month (XX)");
                }
                return of(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (month.contains("X")) {
                throw invalid("a month is either given (01–12) or unspecified as a whole (XX)");
            }
            int mo = Integer.parseInt(month);
            if (mo >= 21 && mo <= 24) {
                if (day != null) {
                    throw invalid("a season (21–24) cannot have a day");
                }
                return season(y, mo);
            }
            if (mo < 1 || mo > 12) {
                throw invalid(badMonth(month, mo));
            }
            YearMonth ym = YearMonth.of(y, mo);
            if (day == null || day.equals("XX")) {
                return of(Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
            }
            if (day.contains("X")) {
                throw invalid("a day is either given (01–31) or unspecified as a whole (XX)");
            }
            LocalDate date = day(ym, Integer.parseInt(day));
            return m.group(4) == null ? of(Precision.DAY, date, date) : time(date);
        }

        private Point unspecifiedYear(String year) {
            if (year.matches("\\d{3}X")) {
                int first = Integer.parseInt(year.substring(0, 3)) * 10;
                return of(Precision.DECADE, LocalDate.of(Math.max(first, 1), 1, 1),
                        LocalDate.of(first + 9, 12, 31));
            }
            if (year.matches("\\d{2}XX")) {
                int first = Integer.parseInt(year.substring(0, 2)) * 100;
                return of(Precision.CENTURY, LocalDate.of(Math.max(first, 1), 1, 1),
                        LocalDate.of(first + 99, 12, 31));
            }
            throw invalid("only the last one or two digits of a year may be unspecified, "
                    + "as in 202X (a decade) or 20XX (a century)");
        }

        private Point season(int year, int code) {
            YearMonth first = YearMonth.of(year, 3 + (code - 21) * 3);
            if (first.plusMonths(2).getYear() > 9999) {
                throw invalid("winter 9999 runs past the last supported year");
            }
            return of(Precision.SEASON, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }

        private static String badMonth(String month, int mo) {
            if (mo >= 25 && mo <= 41) {
                return "season " + month + " (EDTF level 2) is not supported; "
                        + "use 21 spring, 22 summer, 23 autumn or 24 winter";
            }
            return "month " + month + " does not exist (months are 01–12, seasons 21–24)";
        }

        private LocalDate day(YearMonth ym, int d) {
            if (d < 1 || d > ym.lengthOfMonth()) {
                if (d == 0) {
                    throw invalid("day 00 does not exist");
                }
                throw invalid(EdtfDisplay.month(ym) + " has " + ym.lengthOfMonth() + " days");
            }
            return ym.atDay(d);
        }

        private Point time(LocalDate date) {
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (hour > 23 || minute > 59 || second > 59) {
                throw invalid("the time " + m.group(4) + ":" + m.group(5)
                        + (m.group(6) == null ? "" : ":" + m.group(6))
                        + " does not exist (hours 00–23, minutes and seconds 00–59)");
            }
            ZoneOffset offset = offset(m.group(7));
            LocalDateTime time = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
            return new Point(date(Precision.TIME, date, date), time, offset);
        }

        private ZoneOffset offset(String text) {
            if (text == null) {
                return null;
            }
            try {
                return ZoneOffset.of(text);
            } catch (DateTimeException e) {
                throw invalid("the offset " + text + " does not exist (from -18:00 to +18:00)");
            }
        }

        private Point of(Precision precision, LocalDate start, LocalDate end) {
            return new Point(date(precision, start, end), null, null);
        }

        private EdtfDate date(Precision precision, LocalDate start, LocalDate end) {
            return new EdtfDate(text, precision, start, end, approximate, uncertain);
        }

        private InvalidDateException invalid(String reason) {
            return new InvalidDateException(whole, reason);
        }
    }
}
