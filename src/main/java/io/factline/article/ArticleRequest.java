package io.factline.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to ingest. {@code publishedAt} is a date or date-time (ISO 8601). */
public record ArticleRequest(
        @Schema(example = "https://example.com/2026/01/envoys-to-travel")
        @NotBlank @Size(max = 2048) @Pattern(regexp = "(?i)https?://[^\\s\\p{Cntrl}]+", message = "must be an http(s) URL")
        String url,
        @Schema(example = "Wire A") @NotBlank @Size(max = 200) String outlet,
        @Schema(example = "Envoys to travel to Moscow on Thursday") @NotBlank @Size(max = 1000) String title,
        @Schema(example = "2026-01-21T09:30:00Z") @NotBlank @Size(max = 40) String publishedAt,
        @Schema(example = "The two envoys will travel to Moscow on Thursday, a spokesman said.") @NotBlank String text) {
}
