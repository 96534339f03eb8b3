package io.factline.date;

/** How much of the calendar an {@link EdtfDate} pins down; every interval is {@link #INTERVAL}. */
public enum Precision {
    DECADE,
    CENTURY,
    YEAR,
    SEASON,
    MONTH,
    DAY,
    TIME,
    INTERVAL
}
