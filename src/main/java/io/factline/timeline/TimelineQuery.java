package io.factline.timeline;

import io.factline.event.EventFilter;
import io.factline.event.TimelineParams;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters a named timeline saves; the same as {@code GET /api/timeline}'s parameters. */
public record TimelineQuery(
        @Schema(example = "Vladimir Putin") @Size(max = 300) String entity,
        @Schema(example = "ukraine-talks") @Size(max = 100) String tag,
        @Size(max = 300) String q,
        @Schema(example = "2025-06") @Size(max = 100) String from,
        @Size(max = 100) String to) {

    /** The filter this query stands for; 400 naming the field when a date is invalid. */
    public EventFilter toFilter() {
        TimelineParams params = new TimelineParams();
        params.entity = entity;
        params.tag = tag;
        params.q = q;
        params.from = from;
        params.to = to;
        return params.toFilter();
    }
}
