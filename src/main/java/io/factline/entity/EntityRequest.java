package io.factline.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named entity an editor registers, with the other names it goes by. */
public record EntityRequest(
        @Schema(example = "Vladimir Putin") @NotBlank @Size(max = 300) String name,
        @Schema(example = "PERSON") EntityKind kind,
        @Schema(example = "[\"Putin\", \"President Vladimir Putin\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases) {
}
