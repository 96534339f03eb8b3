package io.factline.event;

import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.conflict.ConflictTracker;
import io.factline.date.EdtfDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.factline.timeline.TimelineOrder;
import io.factline.common.Timestamps;
import java.util.List;
import java.util.Optional;

/** Recomputes what an event derives from its claims: its date and its conflicts. */
@ApplicationScoped
public class EventRefresh {

    private final ClaimRepository claims;
    private final ConflictTracker conflicts;
    private final EntityManager em;

    EventRefresh(ClaimRepository claims, ConflictTracker conflicts, EntityManager em) {
        this.claims = claims;
        this.conflicts = conflicts;
        this.em = em;
    }

    /**
     * Call inside the transaction that changed the event's claims. The event's row is locked first
     * ({@code for no key update} on PostgreSQL, which a claim's foreign key does not wait for), so
     * that two transactions adding claims to one event, on one instance or two, reconcile its
     * conflicts one after the other and the second sees the first's claims and conflicts.
     */
    public void refresh(Event event) {
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
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
