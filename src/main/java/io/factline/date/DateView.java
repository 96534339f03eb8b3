package io.factline.date;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;

/**
 * A date as every API response shows it:
 * {@code {"value": "2025-08", "precision": "MONTH", "start": "2025-08-01", "end": "2025-08-31",
 * "display": "August 2025", "approximate": false, "uncertain": false}}.
 * {@code start} / {@code end} are null on an open side.
 */
public record DateView(String value, String precision, LocalDate start, LocalDate end,
                       String display, boolean approximate, boolean uncertain) {

    /**
     * Views of stored values, shared: a timeline page shows a few hundred dates, mostly the same
     * few, and parsing and wording each again was a tenth of the cost of building the page.
     */
    private static final Cache<String, DateView> STORED = Caffeine.newBuilder().maximumSize(4_096).build();

    /**
     * The view of a stored EDTF value (one factline accepted when it was written), or null when
     * there is none.
     */
    public static DateView of(String value) {
        return value == null ? null : STORED.get(value, v -> from(EdtfDate.parse(v)));
    }

    /** The view of {@code date}, or null when there is no date. */
    public static DateView from(EdtfDate date) {
        if (date == null) {
            return null;
        }
        return new DateView(date.value(), date.precision().name(), date.start(), date.end(),
                date.display(), date.approximate(), date.uncertain());
    }
}
