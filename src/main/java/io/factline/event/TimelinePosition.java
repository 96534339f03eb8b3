package io.factline.event;

import io.factline.common.PageRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Where a timeline page ended: the sort key of its last event. Written into the opaque cursor,
 * read back to continue with the events strictly after it.
 */
public record TimelinePosition(LocalDate start, LocalDate end, String title, long id) {

    /**
     * SQL order of the timeline, the same as {@link io.factline.timeline.TimelineOrder}: start,
     * then end descending (a month before the days inside it), then title, then id.
     */
    static final String ORDER_BY = "e.sort_start, e.sort_end desc, e.title, e.id";

    /** The rows strictly after a position in {@link #ORDER_BY}. */
    static final String AFTER = "(e.sort_start > :pStart or (e.sort_start = :pStart and (e.sort_end < :pEnd"
            + " or (e.sort_end = :pEnd and (e.title > :pTitle or (e.title = :pTitle and e.id > :pId))))))";

    /**
     * A position from the native values of {@code sort_start} and {@code sort_end}; the driver
     * returns a DATE column as {@code java.sql.Date} or {@code LocalDate}.
     */
    static TimelinePosition of(Object start, Object end, String title, long id) {
        return new TimelinePosition(date(start), date(end), title, id);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    void bind(Map<String, Object> params) {
        params.put("pStart", start);
        params.put("pEnd", end);
        params.put("pTitle", title);
        params.put("pId", id);
    }

    public String encode() {
        return start + "\n" + end + "\n" + id + "\n" + title;
    }

    /** @throws io.factline.common.ProblemException 400 when the text is not a position this class wrote */
    public static TimelinePosition decode(String text) {
        String[] parts = text.split("\n", 4);
        if (parts.length != 4) {
            throw PageRequest.malformedCursor();
        }
        try {
            return new TimelinePosition(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), parts[3],
                    Long.parseLong(parts[2]));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw PageRequest.malformedCursor();
        }
    }
}
