package io.factline.date;

import java.time.LocalDate;

/**
 * A date as every API response shows it:
 * {@code {"value": "2025-08", "precision": "MONTH", "start": "2025-08-01", "end": "2025-08-31",
 * "display": "August 2025", "approximate": false, "uncertain": false}}.
 * {@code start} / {@code end} are null on an open side.
 */
public record DateView(String value, String precision, LocalDate start, LocalDate end,
                       String display, boolean approximate, boolean uncertain) {

    /** The view of {@code date}, or null when there is no date. */
    public static DateView from(EdtfDate date) {
        if (date == null) {
            return null;
        }
        return new DateView(date.value(), date.precision().name(), date.start(), date.end(),
                date.display(), date.approximate(), date.uncertain());
    }
}
