package io.factline.event;

import io.factline.common.InList;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EventLinkRepository implements PanacheRepositoryBase<EventLink, EventLink.Key> {

    /** The links in which the event is either the asserted or the denying side. */
    public List<EventLink> of(long eventId) {
        return ofAny(List.of(eventId));
    }

    /**
     * The links in which any of the events is either side, in key order. Two queries, one per
     * side, each on its index (the primary key, {@code ix_event_link_denying}): H2 answers the
     * two sides joined with {@code or} by reading the whole table.
     */
    public List<EventLink> ofAny(java.util.Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", eventIds);
        java.util.Set<EventLink> found = new java.util.LinkedHashSet<>(list("assertedEventId in " + in, in.parameters()));
        found.addAll(list("denyingEventId in " + in, in.parameters()));
        return found.stream()
                .sorted(java.util.Comparator.comparing((EventLink l) -> l.assertedEventId)
                        .thenComparing(l -> l.denyingEventId))
                .toList();
    }

    /** Looks in the persistence context first, so a link made earlier in the transaction counts unflushed. */
    public boolean exists(long assertedId, long denyingId) {
        EventLink.Key key = new EventLink.Key();
        key.assertedEventId = assertedId;
        key.denyingEventId = denyingId;
        return findByIdOptional(key).isPresent();
    }

    public void link(long assertedId, long denyingId) {
        if (assertedId != denyingId && !exists(assertedId, denyingId)) {
            EventLink link = new EventLink();
            link.assertedEventId = assertedId;
            link.denyingEventId = denyingId;
            persist(link);
        }
    }
}
