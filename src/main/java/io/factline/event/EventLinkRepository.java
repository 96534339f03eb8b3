package io.factline.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EventLinkRepository implements PanacheRepositoryBase<EventLink, EventLink.Key> {

    /** The links in which the event is either the asserted or the denying side. */
    public List<EventLink> of(long eventId) {
        return list("assertedEventId = ?1 or denyingEventId = ?1", eventId);
    }

    /** The links in which any of the events is either side. */
    public List<EventLink> ofAny(java.util.Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : list("assertedEventId in ?1 or denyingEventId in ?1", eventIds);
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
