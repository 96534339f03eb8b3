package io.factline.extraction;

import io.factline.claim.ClaimRepository;
import io.factline.event.Event;
import io.factline.event.EventAbsorber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges the two stored events a report bridges ({@link BridgingReport}) when no article has claims on both. */
@ApplicationScoped
class BridgingMerge {

    private final ClaimRepository claims;
    private final EventAbsorber absorber;
    private final MergeLock mergeLock;

    BridgingMerge(ClaimRepository claims, EventAbsorber absorber, MergeLock mergeLock) {
        this.claims = claims;
        this.absorber = absorber;
        this.mergeLock = mergeLock;
    }

    /**
     * Merges the two stored events a report bridged ({@link BridgingReport}) when no article has claims on
     * both; the older one survives, so the id first reported stays. Both rows are locked first.
     *
     * @return the event absorbed (deleted), or null when they were not merged
     */
    Event absorb(Event event, Event bridged, Map<Long, Event> stored, Set<Long> lockedForMerge) {
        if (!BridgingReport.fromOtherArticles(event.id, bridged.id, claims.articlesOf(List.of(event.id, bridged.id)))) {
            return null;
        }
        Event survivor = event.id < bridged.id ? event : bridged;
        Event absorbed = survivor == event ? bridged : event;
        for (Event e : List.of(survivor, absorbed)) {
            if (lockedForMerge.add(e.id)) {
                mergeLock.lockForMerge(e);
            }
        }
        absorber.absorb(survivor, absorbed);
        stored.remove(absorbed.id);
        return absorbed;
    }
}
