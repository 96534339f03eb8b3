package io.factline.timeline;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters a named timeline saves; the same as {@code GET /api/timeline}'s parameters. */
public record TimelineQuery(
        @Schema(example = "Vladimir Putin") @Size(max = 300) String entity,
        @Schema(example = "ukraine-talks") @Size(max = 100) String tag,
        @Size(max = 300) String q,
        @Schema(example = "2025-06") @Size(max = 100) String from,
        @Size(max = 100) String to) {
}
