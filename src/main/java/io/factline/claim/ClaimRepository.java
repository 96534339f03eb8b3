package io.factline.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    public List<Claim> ofEvent(long eventId) {
        return list("eventId = ?1 order by id", eventId);
    }

    public List<Claim> ofEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by eventId, id", eventIds);
    }
}
