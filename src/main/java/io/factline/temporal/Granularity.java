package io.factline.temporal;

import java.time.temporal.ChronoUnit;

/** Granularity of a {@link CalendarPoint}, coarsest last. */
enum Granularity {
    DAY(ChronoUnit.DAYS, 1),
    WEEKEND(ChronoUnit.WEEKS, 1),
    WEEK(ChronoUnit.WEEKS, 1),
    MONTH(ChronoUnit.MONTHS, 1),
    SEASON(ChronoUnit.YEARS, 1),
    QUARTER(ChronoUnit.MONTHS, 3),
    HALF(ChronoUnit.MONTHS, 6),
    YEAR(ChronoUnit.YEARS, 1),
    DECADE(ChronoUnit.YEARS, 10),
    CENTURY(ChronoUnit.YEARS, 100);

    final ChronoUnit unit;
    final int amount;

    Granularity(ChronoUnit unit, int amount) {
        this.unit = unit;
        this.amount = amount;
    }
}
