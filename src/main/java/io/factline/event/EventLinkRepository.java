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

    public boolean exists(long assertedId, long denyingId) {
        return count("assertedEventId = ?1 and denyingEventId = ?2", assertedId, denyingId) > 0;
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
