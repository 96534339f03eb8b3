package io.factline.export;

import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The clock time of a {@link Precision#TIME} date, as written: {@code 2026-01-22T16:00Z} is 16:00
 * at offset zero, {@code 2026-01-22T16:00} 16:00 with no offset (a "floating" time).
 *
 * @param offset null when the value carries no offset
 */
record DateTime(LocalDateTime local, ZoneOffset offset) {

    /** @throws IllegalArgumentException when the date is not of TIME precision */
    static DateTime of(EdtfDate date) {
        if (date.precision() != Precision.TIME) {
            throw new IllegalArgumentException(date.value() + " has no time of day");
        }
        String v = date.value().replaceAll("[~?%]$", "");
        ZoneOffset offset = null;
        if (v.endsWith("Z")) {
            offset = ZoneOffset.UTC;
            v = v.substring(0, v.length() - 1);
        } else {
            int sign = Math.max(v.lastIndexOf('+'), v.lastIndexOf('-'));
            if (sign > v.indexOf('T')) {
                offset = ZoneOffset.of(v.substring(sign));
                v = v.substring(0, sign);
            }
        }
        return new DateTime(LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME), offset);
    }
}
