package io.factline.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event entered or edited by hand. Its date comes from the claims added to it. */
public record EventRequest(
        @Schema(example = "Envoys travel to Moscow for talks") @NotBlank @Size(max = 500) String title,
        @Schema(example = "Two envoys fly to Moscow to discuss the peace plan.") @Size(max = 4000) String summary,
        @Schema(example = "meeting") @Size(max = 100) String kind,
        @Schema(example = "Moscow") @Size(max = 300) String location,
        @Schema(example = "[\"Steve Witkoff\", \"Vladimir Putin\"]")
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> participants,
        @Schema(example = "[\"ukraine-talks\"]") @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {

    public List<String> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }
}
