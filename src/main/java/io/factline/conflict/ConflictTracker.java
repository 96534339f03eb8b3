package io.factline.conflict;

import io.factline.claim.Claim;
import io.factline.date.EdtfDate;
import jakarta.enterprise.context.ApplicationScoped;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the stored conflicts of an event in step with what {@link ConflictDetector} finds in its
 * claims. A finding with no stored conflict opens one; a stored conflict no longer found is
 * removed. An editor's RESOLVED or DISMISSED verdict stays as long as the disagreement involves
 * only claims it already covered; a new claim that joins the disagreement reopens it.
 */
@ApplicationScoped
public class ConflictTracker {

    private final ConflictRepository conflicts;
    private final FactlineMetrics metrics;

    ConflictTracker(ConflictRepository conflicts, FactlineMetrics metrics) {
        this.conflicts = conflicts;
        this.metrics = metrics;
    }

    /** @return true when the event has an OPEN conflict afterwards */
    public boolean reconcile(long eventId, List<Claim> claims) {
        List<ClaimFacts> facts = claims.stream()
                .map(c -> new ClaimFacts(c.id, c.outlet, c.attributedTo, c.stance,
                        c.dateValue == null ? null : EdtfDate.parse(c.dateValue)))
                .toList();
        Map<ConflictType, ConflictFinding> found = new EnumMap<>(ConflictType.class);
        ConflictDetector.detect(facts).forEach(f -> found.put(f.type(), f));

        Instant now = Timestamps.now();
        boolean open = false;
        for (Conflict stored : conflicts.ofEvents(List.of(eventId))) {
            ConflictFinding finding = found.remove(stored.type);
            if (finding == null) {
                conflicts.delete(stored);
                continue;
            }
            if (!stored.claimIds.containsAll(finding.claimIds())) {
                if (stored.status != ConflictStatus.OPEN) {
                    metrics.conflictRaised(stored.type);
                }
                stored.status = ConflictStatus.OPEN;
            }
            if (!stored.claimIds.equals(finding.claimIds()) || !stored.explanation.equals(finding.explanation())) {
                stored.claimIds.clear();
                stored.claimIds.addAll(finding.claimIds());
                stored.explanation = finding.explanation();
                stored.updatedAt = now;
            }
            open |= stored.status == ConflictStatus.OPEN;
        }
        for (ConflictFinding finding : found.values()) {
            Conflict conflict = new Conflict();
            conflict.type = finding.type();
            conflict.status = ConflictStatus.OPEN;
            conflict.explanation = finding.explanation();
            conflict.eventIds.add(eventId);
            conflict.claimIds.addAll(finding.claimIds());
            conflict.createdAt = now;
            conflict.updatedAt = now;
            conflicts.persist(conflict);
            metrics.conflictRaised(conflict.type);
            open = true;
        }
        return open;
    }
}
