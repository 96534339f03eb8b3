package io.factline.event;

import io.factline.claim.ClaimView;
import io.factline.conflict.ConflictView;
import io.factline.date.DateView;
import java.util.List;

/** An event as the timeline shows it: its derived date, the claims behind it and their conflicts. */
public record EventView(Long id, String title, String summary, String kind, String location,
        List<String> participants, List<String> tags, DateView date, boolean conflicted,
        List<ClaimView> claims, List<ConflictView> conflicts) {
}
