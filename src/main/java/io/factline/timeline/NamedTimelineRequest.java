package io.factline.timeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NamedTimelineRequest(
        @Schema(example = "ukraine-peace-talks") @NotBlank
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 80) String slug,
        @Schema(example = "Ukraine peace talks") @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @Valid TimelineQuery query) {
}
