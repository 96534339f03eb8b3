package io.factline.date;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A date as sources give it: an EDTF string (ISO 8601-2, levels 0 and 1) and the span of days
 * it covers.
 *
 * <p>No Java EDTF library is published on Maven Central, so parsing ({@link EdtfParser}) and
 * display ({@link EdtfDisplay}) are hand-written here for the subset factline accepts:
 * <ul>
 *   <li>{@code 2026} year, {@code 2026-01} month, {@code 2026-01-22} day;</li>
 *   <li>{@code 2026-01-22T16:00}, {@code 2026-01-22T16:00Z}, {@code 2026-01-22T16:00:00+01:00}
 *       date-times: precision {@link Precision#TIME}, covering the day as written (the local
 *       date in the given offset, not converted to UTC);</li>
 *   <li>unspecified digits: {@code 202X} decade, {@code 20XX} century (2000–2099),
 *       {@code 2026-XX} and {@code 2026-XX-XX} (the year), {@code 2026-01-XX} (the month);</li>
 *   <li>seasons {@code 2026-21} to {@code 2026-24}, as meteorological seasons in the northern
 *       hemisphere: spring March–May, summer June–August, autumn September–November, winter
 *       December of that year to the end of February of the next;</li>
 *   <li>a qualifier at the end: {@code ~} approximate, {@code ?} uncertain, {@code %} both;</li>
 *   <li>intervals {@code 2026-01-01/2026-01-20} whose sides are any of the above (each side may
 *       carry its own qualifier), open sides {@code ../2026-01-20}, {@code 2026-01-01/..}; an
 *       empty side ({@code /2026-01-20}, EDTF's "unknown") is treated as open.</li>
 * </ul>
 * Not supported, with a message saying so: negative years, years before 0001, {@code Y}-prefixed
 * years beyond 9999, and level 2 features (sets, partial qualification, seasons 25–41, partly
 * unspecified months or days).
 *
 * @param value       the EDTF string, stripped of surrounding whitespace
 * @param start       first day covered, inclusive; null when the interval is open at the start
 * @param end         last day covered, inclusive; null when the interval is open at the end
 * @param approximate {@code ~} or {@code %} on the value (or on either side of an interval)
 * @param uncertain   {@code ?} or {@code %} on the value (or on either side of an interval)
 */
public record EdtfDate(String value, Precision precision, LocalDate start, LocalDate end,
                       boolean approximate, boolean uncertain) {

    /** First day of the years factline reads, in every date a client sends (0001 to 9999). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    /** Last day of the years factline reads. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** Sort key standing for an open start: before any date factline accepts. */
    public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    /** Sort key standing for an open end: after any date factline accepts. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public EdtfDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * Parses an EDTF string.
     *
     * @throws InvalidDateException when the value is empty, malformed, names a day that does not
     *                              exist, ends before it starts, or uses an unsupported feature
     */
    public static EdtfDate parse(String value) {
        return EdtfParser.parse(value);
    }

    /**
     * Stored values parsed, shared: an ingest reads the dates of a few hundred stored events and
     * claims (matching, denial windows, conflicts), mostly the same few, and parsing each again
     * was a twentieth of the request's CPU.
     */
    private static final Cache<String, EdtfDate> STORED = Caffeine.newBuilder().maximumSize(4_096).build();

    /**
     * {@link #parse} of a stored value (one factline accepted when it was written), shared with
     * earlier calls for the same value.
     */
    public static EdtfDate stored(String value) {
        return STORED.get(value, EdtfParser::parse);
    }

    /** Human English: "22 January 2026", "about August 2025", "1–20 January 2026". */
    public String display() {
        return EdtfDisplay.of(this);
    }

    /** Whether the two dates share at least one day; open sides are unbounded. */
    public boolean overlaps(EdtfDate other) {
        return !sortEnd().isBefore(other.sortStart()) && !other.sortEnd().isBefore(sortStart());
    }

    /** Whether every day of {@code other} is also a day of this date; open sides are unbounded. */
    public boolean covers(EdtfDate other) {
        return !other.sortStart().isBefore(sortStart()) && !other.sortEnd().isAfter(sortEnd());
    }

    /** The first day, or {@link #OPEN_START} when open: a non-null database sort key. */
    public LocalDate sortStart() {
        return start == null ? OPEN_START : start;
    }

    /** The last day, or {@link #OPEN_END} when open: a non-null database sort key. */
    public LocalDate sortEnd() {
        return end == null ? OPEN_END : end;
    }

    /** Number of days covered (1 for a day or a time); {@link Long#MAX_VALUE} when open. */
    public long days() {
        if (start == null || end == null) {
            return Long.MAX_VALUE;
        }
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether either side of the interval is open. */
    public boolean open() {
        return start == null || end == null;
    }

    @Override
    public String toString() {
        return value;
    }
}
