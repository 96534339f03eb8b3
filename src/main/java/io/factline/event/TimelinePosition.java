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

    /** SQL order of the timeline; must agree with {@code io.factline.timeline.TimelineOrder}. */
    static final String ORDER_BY = "e.sort_start, e.sort_end, e.title, e.id";

    /** The rows after a position in {@link #ORDER_BY}, as a row-value comparison (H2 and PostgreSQL). */
    static final String AFTER = "(e.sort_start, e.sort_end, e.title, e.id) > (:pStart, :pEnd, :pTitle, :pId)";

    public static TimelinePosition of(Event e) {
        return new TimelinePosition(e.sortStart, e.sortEnd, e.title, e.id);
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
