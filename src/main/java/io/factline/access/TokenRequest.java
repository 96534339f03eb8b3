package io.factline.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token to issue: its name appears in the change history of everything it writes. */
public record TokenRequest(
        @Schema(example = "night-desk") @NotBlank @Size(max = 100) String name,
        @Schema(example = "EDITOR") @NotNull Role role) {
}
