package io.factline.export;

import io.factline.claim.ClaimView;
import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import io.factline.event.EventView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar (RFC 5545): one VEVENT per event with a bounded date.
 *
 * <p>Days, months, years, seasons, decades and intervals become all-day events
 * ({@code DTSTART;VALUE=DATE}) spanning their days, DTEND exclusive; a date-time becomes a
 * DTSTART with a time (UTC when the value has an offset, floating when it has none) and no DTEND.
 * Undated events and open intervals are left out. UIDs are {@code event-{id}@factline}, stable
 * across exports, so calendars update instead of duplicating.
 *
 * <p>Hand-written: ical4j would bring a large dependency tree for the three properties and two
 * text rules (escaping, 75-octet folding) this needs.
 */
final class IcsWriter implements ExportWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant stamp;

    /** @param stamp the DTSTAMP of every VEVENT: when the export was made */
    IcsWriter(Instant stamp) {
        this.stamp = stamp.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public String write(Export export) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//factline//timeline export//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + text(export.title()));
        for (EventView event : export.events()) {
            vevent(event, lines);
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append(CRLF));
        return out.toString();
    }

    private void vevent(EventView event, List<String> lines) {
        if (event.date() == null) {
            return;
        }
        EdtfDate date = EdtfDate.parse(event.date().value());
        if (date.open()) {
            return;
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:event-" + event.id() + "@factline");
        lines.add("DTSTAMP:" + UTC_TIME.format(stamp));
        if (date.precision() == Precision.TIME) {
            DateTime time = DateTime.of(date);
            lines.add(time.offset() == null ? "DTSTART:" + LOCAL_TIME.format(time.local())
                    : "DTSTART:" + UTC_TIME.format(time.local().toInstant(time.offset())));
        } else {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(date.start()));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(date.end().plusDays(1)));
        }
        lines.add("SUMMARY:" + text(event.title()));
        lines.add("DESCRIPTION:" + text(description(event)));
        if (event.location() != null && !event.location().isBlank()) {
            lines.add("LOCATION:" + text(event.location()));
        }
        if (!event.tags().isEmpty()) {
            lines.add("CATEGORIES:" + String.join(",", event.tags().stream().map(IcsWriter::text).toList()));
        }
        if (event.date().approximate() || event.date().uncertain() || event.conflicted()) {
            lines.add("STATUS:TENTATIVE");
        }
        lines.add("END:VEVENT");
    }

    private static String description(EventView event) {
        StringBuilder d = new StringBuilder();
        if (event.summary() != null && !event.summary().isBlank()) {
            d.append(event.summary().strip()).append("\n\n");
        }
        d.append("Date: ").append(event.date().display()).append('\n');
        for (String explanation : Sources.openConflicts(event)) {
            d.append("Sources disagree: ").append(explanation).append('\n');
        }
        if (!event.claims().isEmpty()) {
            d.append("Sources:\n");
            for (ClaimView claim : event.claims()) {
                d.append("- ").append(Sources.credit(claim));
                if (claim.sourceUrl() != null) {
                    d.append(' ').append(claim.sourceUrl().strip());
                }
                d.append('\n');
            }
        }
        return d.toString().stripTrailing();
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma, and line breaks as {@code \n}. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                }
                default -> out.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line into lines of at most 75 octets of UTF-8 (RFC 5545 §3.1): each
     * continuation starts with a space, which counts toward its 75. A character's bytes are
     * never split, and a surrogate pair stays whole.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
