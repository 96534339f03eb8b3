package io.factline.claim;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim entered by hand: either {@code articleId} of an ingested article, or a bare
 * {@code sourceUrl} with its {@code outlet}. {@code date} is EDTF; {@code stance} defaults to ASSERTS.
 */
public record ClaimRequest(
        @Schema(example = "12") Long articleId,
        @Schema(example = "https://example.com/wire/2026/01/21/envoys")
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://[^\\s\\p{Cntrl}]+", message = "must be an http(s) URL") String sourceUrl,
        @Schema(example = "Wire E") @Size(max = 200) String outlet,
        @Schema(example = "Dmitry Peskov") @Size(max = 300) String attributedTo,
        @Schema(example = "The envoys will meet the president on Thursday.") @Size(max = 8000) String quote,
        @PositiveOrZero Integer begin,
        @PositiveOrZero Integer end,
        @Schema(example = "ASSERTS") Stance stance,
        @Schema(example = "2026-01-22") @Size(max = 100) String date,
        @Schema(example = "NORMAL") Rank rank) {
}
