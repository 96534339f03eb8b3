package io.factline.conflict;

import io.factline.claim.Claim;
import io.factline.date.EdtfDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Collection;
import io.factline.claim.Stance;

/**
 * Keeps the stored conflicts of an event in step with what {@link ConflictDetector} finds in its
 * claims. A finding with no stored conflict opens one; a stored conflict no longer found is
 * removed. An editor's RESOLVED or DISMISSED verdict stays as long as the disagreement involves
 * only claims it already covered; a new claim that joins the disagreement reopens it.
 */
@ApplicationScoped
public class ConflictTracker {

    private final ConflictRepository conflicts;
    private final Event<ConflictChanged> changed;
    private final FactlineMetrics metrics;

    ConflictTracker(ConflictRepository conflicts, Event<ConflictChanged> changed, FactlineMetrics metrics) {
        this.conflicts = conflicts;
        this.changed = changed;
        this.metrics = metrics;
    }

    /** The stored conflicts of these events, with one query (and one per collection batch). */
    public EventConflicts load(Collection<Long> eventIds) {
        return new EventConflicts(conflicts.ofEvents(eventIds));
    }

    /**
     * Reconciles the conflicts among one event's own claims. Conflicts that span a linked pair of
     * events are left to {@link #reconcileLink}.
     *
     * @param stored the stored conflicts, including the event's; kept current
     * @return true when the event has an OPEN conflict of its own afterwards
     */
    public boolean reconcile(long eventId, List<Claim> claims, EventConflicts stored) {
        Map<ConflictType, ConflictFinding> found = new EnumMap<>(ConflictType.class);
        ConflictDetector.detect(facts(claims)).forEach(f -> found.put(f.type(), f));
        List<Conflict> own = stored.of(eventId).stream()
                .filter(c -> c.eventIds.size() == 1)
                .toList();
        return apply(Set.of(eventId), own, found, stored);
    }

    /**
     * Reconciles the CONTRADICTION between an event and a separate event that denies it: the
     * asserting claims of the one against the denying claims of the other.
     *
     * @param stored the stored conflicts, including the asserted event's; kept current
     * @return true when the pair has an OPEN contradiction afterwards
     */
    public boolean reconcileLink(long assertedId, long denyingId, List<Claim> asserted, List<Claim> denying,
            EventConflicts stored) {
        List<Claim> pair = new ArrayList<>(asserted.stream().filter(c -> c.stance == Stance.ASSERTS).toList());
        pair.addAll(denying.stream().filter(c -> c.stance == Stance.DENIES).toList());
        Map<ConflictType, ConflictFinding> found = new EnumMap<>(ConflictType.class);
        ConflictDetector.contradiction(facts(pair)).ifPresent(f -> found.put(f.type(), f));
        Set<Long> events = Set.of(assertedId, denyingId);
        List<Conflict> spanning = stored.spanning(assertedId, denyingId);
        return apply(events, spanning, found, stored);
    }

    private static List<ClaimFacts> facts(List<Claim> claims) {
        return claims.stream()
                .map(c -> new ClaimFacts(c.id, c.outlet, c.attributedTo, c.stance,
                        c.dateValue == null ? null : EdtfDate.stored(c.dateValue)))
                .toList();
    }

    private boolean apply(Set<Long> eventIds, List<Conflict> candidates, Map<ConflictType, ConflictFinding> found,
            EventConflicts all) {
        Instant now = Timestamps.now();
        boolean open = false;
        for (Conflict stored : candidates) {
            ConflictFinding finding = found.remove(stored.type);
            if (finding == null) {
                changed.fire(ConflictChanged.of(stored, true));
                conflicts.delete(stored);
                all.removed(stored);
                continue;
            }
            ConflictStatus before = stored.status;
            if (!stored.claimIds.containsAll(finding.claimIds())) {
                if (stored.status != ConflictStatus.OPEN) {
                    metrics.conflictRaised(stored.type);
                }
                stored.status = ConflictStatus.OPEN;
            }
            boolean differs = !stored.claimIds.equals(finding.claimIds())
                    || !stored.explanation.equals(finding.explanation());
            if (differs) {
                stored.claimIds.clear();
                stored.claimIds.addAll(finding.claimIds());
                stored.explanation = finding.explanation();
                stored.updatedAt = now;
            }
            if (differs || stored.status != before) {
                changed.fire(ConflictChanged.of(stored, false));
            }
            open |= stored.status == ConflictStatus.OPEN;
        }
        for (ConflictFinding finding : found.values()) {
            Conflict conflict = new Conflict();
            conflict.type = finding.type();
            conflict.status = ConflictStatus.OPEN;
            conflict.explanation = finding.explanation();
            conflict.eventIds.addAll(eventIds);
            conflict.claimIds.addAll(finding.claimIds());
            conflict.createdAt = now;
            conflict.updatedAt = now;
            conflicts.persist(conflict);
            all.added(conflict);
            changed.fire(ConflictChanged.of(conflict, false));
            metrics.conflictRaised(conflict.type);
            open = true;
        }
        return open;
    }
}
