package io.factline.event;

import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.conflict.ConflictTracker;
import io.factline.date.EdtfDate;
import jakarta.enterprise.context.ApplicationScoped;
import io.factline.timeline.TimelineOrder;
import io.factline.common.Timestamps;
import java.util.List;
import java.util.Optional;

/** Recomputes what an event derives from its claims: its date and its conflicts. */
@ApplicationScoped
public class EventRefresh {

    private final ClaimRepository claims;
    private final ConflictTracker conflicts;

    EventRefresh(ClaimRepository claims, ConflictTracker conflicts) {
        this.claims = claims;
        this.conflicts = conflicts;
    }

    /** Call inside the transaction that changed the event's claims. */
    public void refresh(Event event) {
        List<Claim> list = claims.ofEvent(event.id);
        Optional<EdtfDate> date = EventDateRule.derive(list.stream()
                .map(c -> new EventDateRule.DatedClaim(c.id,
                        c.dateValue == null ? null : EdtfDate.parse(c.dateValue), c.rank, c.stance))
                .toList());
        event.dateValue = date.map(EdtfDate::value).orElse(null);
        event.sortStart = date.map(EdtfDate::sortStart).orElse(TimelineOrder.UNDATED);
        event.sortEnd = date.map(EdtfDate::sortEnd).orElse(TimelineOrder.UNDATED);
        event.conflicted = conflicts.reconcile(event.id, list);
        event.updatedAt = Timestamps.now();
    }
}
