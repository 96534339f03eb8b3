package io.factline.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class EventMergeRepository implements PanacheRepositoryBase<EventMerge, Long> {

    /**
     * Records that {@code absorbed} went into {@code surviving}; events absorbed into {@code absorbed}
     * earlier now point to {@code surviving} too, so that a lookup takes one step.
     */
    public void record(long absorbed, long surviving, Instant at) {
        update("survivingId = ?1 where survivingId = ?2", surviving, absorbed);
        EventMerge merge = new EventMerge();
        merge.absorbedId = absorbed;
        merge.survivingId = surviving;
        merge.mergedAt = at;
        persist(merge);
    }

    /** The event an absorbed event went into, if it was absorbed. */
    public Optional<Long> survivorOf(long absorbed) {
        return findByIdOptional(absorbed).map(m -> m.survivingId);
    }
}
