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
    private final EventLinkRepository links;
    private final EventRepository events;
    private final jakarta.enterprise.event.Event<EventChanged> changed;
    private final EntityManager em;

    EventRefresh(ClaimRepository claims, ConflictTracker conflicts, EventLinkRepository links, EventRepository events,
            jakarta.enterprise.event.Event<EventChanged> changed, EntityManager em) {
        this.claims = claims;
        this.conflicts = conflicts;
        this.links = links;
        this.events = events;
        this.changed = changed;
        this.em = em;
    }

    /**
     * Call inside the transaction that changed the event's claims. Recomputes the date, the
     * event's own conflicts, and the contradictions with events linked to it as denials. The
     * event's row is locked first ({@code for no key update} on PostgreSQL, which a claim's foreign
     * key does not wait for), so that two transactions adding claims to one event, on one
     * instance or two, reconcile its conflicts one after the other and the second sees the
     * first's claims and conflicts.
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
        boolean open = conflicts.reconcile(event.id, list);
        for (EventLink link : links.of(event.id)) {
            long other = link.assertedEventId.equals(event.id) ? link.denyingEventId : link.assertedEventId;
            List<Claim> otherClaims = claims.ofEvent(other);
            boolean linkOpen = link.assertedEventId.equals(event.id)
                    ? conflicts.reconcileLink(event.id, other, list, otherClaims)
                    : conflicts.reconcileLink(other, event.id, otherClaims, list);
            open |= linkOpen;
            events.findByIdOptional(other).ifPresent(o -> {
                o.conflicted = linkOpen || conflicts.hasOpen(o.id);
                changed.fire(EventChanged.of(o, false));
            });
        }
        event.conflicted = open;
        event.updatedAt = Timestamps.now();
        changed.fire(EventChanged.of(event, false));
    }
}
