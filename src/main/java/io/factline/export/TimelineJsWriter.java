package io.factline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.claim.ClaimView;
import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import io.factline.event.EventView;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Knight Lab TimelineJS3 JSON: a title slide and one slide per event with a known start.
 *
 * <p>TimelineJS renders headlines and text as HTML, so every piece of stored text is escaped
 * ({@link Html#escape}) and the only markup is what this writer adds; links are made only to
 * http(s) URLs. Dates give only the parts their precision knows: "August 2025" is
 * {@code {"year": 2025, "month": 8}}; a decade, a season or an interval also gets an
 * {@code end_date}. Undated events and intervals open at the start are left out: TimelineJS
 * requires a start.
 */
final class TimelineJsWriter implements ExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String write(Export export) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", Html.escape(export.title()));
        title.put("text", Html.escape(export.description()));
        ArrayNode slides = root.putArray("events");
        for (EventView event : export.events()) {
            slide(event).ifPresent(slides::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serializes", e);
        }
    }

    private static Optional<ObjectNode> slide(EventView event) {
        if (event.date() == null) {
            return Optional.empty();
        }
        EdtfDate date = EdtfDate.parse(event.date().value());
        EdtfDate first = date;
        EdtfDate last = date;
        if (date.precision() == Precision.INTERVAL) {
            String[] sides = date.value().split("/", 2);
            first = side(sides[0]);
            last = side(sides[1]);
            if (first == null) {
                return Optional.empty();
            }
        }
        ObjectNode slide = JSON.createObjectNode();
        slide.set("start_date", parts(first, first.start()));
        boolean spans = date.precision() == Precision.INTERVAL || date.precision() == Precision.DECADE
                || date.precision() == Precision.CENTURY || date.precision() == Precision.SEASON;
        if (spans && last != null) {
            slide.set("end_date", parts(last, last.end()));
        }
        slide.put("display_date", Html.escape(event.date().display()));
        ObjectNode text = slide.putObject("text");
        text.put("headline", Html.escape(event.title()));
        text.put("text", body(event));
        if (event.kind() != null && !event.kind().isBlank()) {
            slide.put("group", Html.escape(event.kind()));
        }
        slide.put("unique_id", "event-" + event.id());
        return Optional.of(slide);
    }

    /** One side of an interval; null when it is open ("..") or unknown (empty). */
    private static EdtfDate side(String text) {
        return text.isEmpty() || text.equals("..") ? null : EdtfDate.parse(text);
    }

    /** The date parts {@code day} (the first or last day of {@code date}) has at the date's precision. */
    private static ObjectNode parts(EdtfDate date, LocalDate day) {
        ObjectNode parts = JSON.createObjectNode();
        parts.put("year", day.getYear());
        switch (date.precision()) {
            case MONTH, SEASON -> parts.put("month", day.getMonthValue());
            case DAY -> parts.put("month", day.getMonthValue()).put("day", day.getDayOfMonth());
            case TIME -> {
                DateTime time = DateTime.of(date);
                parts.put("month", day.getMonthValue()).put("day", day.getDayOfMonth())
                        .put("hour", time.local().getHour()).put("minute", time.local().getMinute());
            }
            default -> {
                // year, decade, century: the year alone
            }
        }
        return parts;
    }

    /** The slide's HTML: escaped summary, the open conflicts, then every source with a link. */
    static String body(EventView event) {
        StringBuilder html = new StringBuilder();
        if (event.summary() != null && !event.summary().isBlank()) {
            html.append("<p>").append(Html.escape(event.summary())).append("</p>");
        }
        for (String explanation : Sources.openConflicts(event)) {
            html.append("<p><strong>Sources disagree:</strong> ").append(Html.escape(explanation)).append("</p>");
        }
        if (!event.claims().isEmpty()) {
            html.append("<p>Sources:</p><ul>");
            for (ClaimView claim : event.claims()) {
                html.append("<li>").append(Html.escape(Sources.credit(claim)));
                if (Html.linkable(claim.sourceUrl())) {
                    html.append(" <a href=\"").append(Html.escape(claim.sourceUrl().strip()))
                            .append("\" target=\"_blank\" rel=\"noopener noreferrer\">source</a>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }
}
