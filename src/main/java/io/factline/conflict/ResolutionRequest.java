package io.factline.conflict;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An editor's verdict on a conflict. With {@code preferredClaimId} (status RESOLVED) that claim
 * becomes PREFERRED and the claims that disagree with it DEPRECATED.
 */
public record ResolutionRequest(
        @Schema(example = "RESOLVED") @NotNull ConflictStatus status,
        @Schema(example = "7") Long preferredClaimId,
        @Schema(example = "Confirmed with the Kremlin press office: the meeting is on the 22nd.")
        @Size(max = 4000) String note) {
}
