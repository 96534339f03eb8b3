package io.factline.conflict;

import io.factline.common.InList;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ConflictRepository implements PanacheRepository<Conflict> {

    public List<Conflict> ofEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("events", eventIds);
        return list("select distinct c from Conflict c join c.eventIds e where e in " + in + " order by c.id",
                in.parameters());
    }

    /** Keyset-paged by id, oldest first. */
    public List<Conflict> search(ConflictStatus status, Long eventId, Long afterId, int rows) {
        StringBuilder q = new StringBuilder("select c from Conflict c where 1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            q.append(" and c.status = :status");
            params.and("status", status);
        }
        if (eventId != null) {
            q.append(" and :eventId member of c.eventIds");
            params.and("eventId", eventId);
        }
        if (afterId != null) {
            q.append(" and c.id > :after");
            params.and("after", afterId);
        }
        return find(q + " order by c.id", params).page(0, rows).list();
    }
}
