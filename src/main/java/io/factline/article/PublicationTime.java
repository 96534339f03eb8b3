package io.factline.article;

import io.factline.common.ProblemException;
import io.factline.date.EdtfDate;
import io.factline.date.InvalidDateException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * When an article was published: the instant, and the calendar day in the article's own offset
 * (the day a reader of that edition would call "today").
 */
public record PublicationTime(Instant instant, LocalDate day) {

    private static final Pattern CALENDAR_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    /**
     * Accepts {@code 2026-01-21}, {@code 2026-01-21T09:30:00Z}, {@code 2026-01-21T09:30:00+01:00}
     * and {@code 2026-01-21T09:30:00} (read as UTC), from 0001-01-01 to 9999-12-31 — the years
     * every other date a client sends may have ({@link EdtfDate#FIRST_DAY}, {@link EdtfDate#LAST_DAY}).
     * The day and the UTC instant must both lie in that range.
     *
     * @throws ProblemException 400 naming the field when the value is none of these, or out of range
     */
    public static PublicationTime parse(String field, String value) {
        PublicationTime time = read(field, value);
        if (!inRange(time.day()) || !inRange(LocalDate.ofInstant(time.instant(), ZoneOffset.UTC))) {
            throw ProblemException.invalidField(field, "'" + value + "' is outside the supported range, "
                    + EdtfDate.FIRST_DAY + " to " + EdtfDate.LAST_DAY + " (UTC)");
        }
        return time;
    }

    private static PublicationTime read(String field, String value) {
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return new PublicationTime(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day);
            }
            try {
                OffsetDateTime t = OffsetDateTime.parse(v);
                return new PublicationTime(t.toInstant(), t.toLocalDate());
            } catch (DateTimeParseException e) {
                LocalDateTime t = LocalDateTime.parse(v);
                return new PublicationTime(t.toInstant(ZoneOffset.UTC), t.toLocalDate());
            }
        } catch (DateTimeException e) {
            String day = CALENDAR_DAY.matcher(v).lookingAt() ? dayProblem(v.substring(0, 10)) : null;
            throw ProblemException.invalidField(field, day != null
                    ? "'" + value + "' is not a day of the calendar: " + day
                    : "'" + value + "' is not an ISO 8601 date or date-time such as 2026-01-21 or 2026-01-21T09:30:00Z");
        }
    }

    /** What is wrong with a day written as ISO 8601 ("February 2025 has 28 days"), or null. */
    private static String dayProblem(String day) {
        try {
            EdtfDate.parse(day);
            return null;
        } catch (InvalidDateException e) {
            return e.reason();
        }
    }

    private static boolean inRange(LocalDate day) {
        return !day.isBefore(EdtfDate.FIRST_DAY) && !day.isAfter(EdtfDate.LAST_DAY);
    }
}
