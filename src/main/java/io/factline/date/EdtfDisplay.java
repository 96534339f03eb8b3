package io.factline.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human English for an {@link EdtfDate}, as a journalist would write it: "22 January 2026",
 * "about August 2025", "the 2020s", "winter 2026–27", "1–20 January 2026", "until 20 January 2026".
 * Approximate adds "about " in front, uncertain adds "?" at the end.
 */
final class EdtfDisplay {

    private static final Pattern TIME =
            Pattern.compile("T(\\d{2}:\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}(?::\\d{2})?)?");
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final String SPACED_DASH = " – ";
    private static final String DASH = "–";

    private EdtfDisplay() {
    }

    static String of(EdtfDate date) {
        if (date.precision() != Precision.INTERVAL) {
            return qualified(date, plain(date));
        }
        String value = date.value();
        int slash = value.indexOf('/');
        EdtfDate from = side(value, value.substring(0, slash));
        EdtfDate to = side(value, value.substring(slash + 1));
        if (from == null) {
            return "until " + of(to);
        }
        if (to == null) {
            return "from " + of(from);
        }
        return range(from, to);
    }

    static String month(YearMonth ym) {
        return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
    }

    private static EdtfDate side(String whole, String text) {
        return text.isEmpty() || text.equals("..") ? null : EdtfParser.point(whole, text).date();
    }

    private static String qualified(EdtfDate date, String text) {
        return (date.approximate() ? "about " : "") + text + (date.uncertain() ? "?" : "");
    }

    private static String plain(EdtfDate date) {
        LocalDate start = date.start();
        return switch (date.precision()) {
            case YEAR -> String.valueOf(start.getYear());
            case DECADE -> "the " + (date.end().getYear() - 9) + "s";
            case CENTURY -> (date.end().getYear() - 99) + DASH + date.end().getYear();
            case SEASON -> season(start);
            case MONTH -> month(YearMonth.from(start));
            case DAY -> day(start);
            case TIME -> day(start) + ", " + time(date.value());
            case INTERVAL -> throw new IllegalStateException("an interval has no single display");
        };
    }

    private static String range(EdtfDate from, EdtfDate to) {
        String first = of(from);
        String last = of(to);
        if (first.equals(last)) {
            return first;
        }
        boolean plain = !from.approximate() && !from.uncertain()
                && !to.approximate() && !to.uncertain();
        if (plain && from.precision() == to.precision() && sameYear(from, to)) {
            LocalDate a = from.start();
            LocalDate b = to.start();
            switch (from.precision()) {
                case DAY -> {
                    return a.getMonth() == b.getMonth()
                            ? a.getDayOfMonth() + DASH + day(b)
                            : a.getDayOfMonth() + " " + monthName(a) + SPACED_DASH + day(b);
                }
                case MONTH -> {
                    return monthName(a) + DASH + month(YearMonth.from(b));
                }
                default -> {
                    // other precisions read best written out in full
                }
            }
        }
        if (plain && from.precision() == Precision.YEAR && to.precision() == Precision.YEAR) {
            return first + DASH + last;
        }
        return first + SPACED_DASH + last;
    }

    private static boolean sameYear(EdtfDate from, EdtfDate to) {
        return from.start().getYear() == to.start().getYear();
    }

    private static String season(LocalDate start) {
        String name = SEASONS[(start.getMonthValue() - 3) / 3];
        int year = start.getYear();
        return start.getMonthValue() == 12
                ? name + " " + year + DASH + String.format("%02d", (year + 1) % 100)
                : name + " " + year;
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + month(YearMonth.from(date));
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String time(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.find()) {
            throw new IllegalStateException("no time in " + value);
        }
        String seconds = m.group(2) == null || m.group(2).equals("00") ? "" : ":" + m.group(2);
        String offset = m.group(3);
        String zone;
        if (offset == null) {
            zone = "";
        } else if (offset.equals("Z") || offset.matches("[+-]00(:00)?")) {
            zone = " UTC";
        } else {
            zone = " UTC" + (offset.length() == 3 ? offset + ":00" : offset);
        }
        return m.group(1) + seconds + zone;
    }
}
