package io.factline.event;

import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.common.Timestamps;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictChanged;
import io.factline.conflict.ConflictRepository;
import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges a stored event into another when a later report shows the two are one happening (s13-merge;
 * the extraction decides when: {@code io.factline.extraction.BridgingReport}). Everything the absorbed
 * event had moves to the surviving one: its claims (superseded ones too, so a correction still finds
 * them), participants, tags, the place, action, object and subject it had where the survivor has none,
 * and its denial links. Its conflicts are dropped: the caller refreshes the survivor, which derives its
 * date and conflicts from all the claims again (a disagreement between the two becomes a DATE conflict
 * of the one event). The absorbed event is then deleted — Envers keeps its versions and the deletion,
 * each moved claim's history shows its new event — and {@link EventMerge} records where it went.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventAbsorber {

    private final ClaimRepository claims;
    private final EventLinkRepository links;
    private final ConflictRepository conflicts;
    private final EventMergeRepository merges;
    private final EntityManager em;
    private final FactlineMetrics metrics;
    private final jakarta.enterprise.event.Event<EventChanged> eventChanged;
    private final jakarta.enterprise.event.Event<ConflictChanged> conflictChanged;

    EventAbsorber(ClaimRepository claims, EventLinkRepository links, ConflictRepository conflicts,
            EventMergeRepository merges, EntityManager em, FactlineMetrics metrics,
            jakarta.enterprise.event.Event<EventChanged> eventChanged,
            jakarta.enterprise.event.Event<ConflictChanged> conflictChanged) {
        this.claims = claims;
        this.links = links;
        this.conflicts = conflicts;
        this.merges = merges;
        this.em = em;
        this.metrics = metrics;
        this.eventChanged = eventChanged;
        this.conflictChanged = conflictChanged;
    }

    /**
     * Moves everything of {@code absorbed} to {@code survivor} and deletes {@code absorbed}; both rows must
     * be locked by the caller. The caller refreshes the survivor afterwards ({@link EventRefresh}).
     */
    public void absorb(Event survivor, Event absorbed) {
        if (survivor.id.equals(absorbed.id)) {
            throw new IllegalArgumentException("an event cannot absorb itself: " + survivor.id);
        }
        Instant now = Timestamps.now();
        for (Claim claim : claims.list("eventId = ?1", absorbed.id)) {
            claim.eventId = survivor.id;
            claim.updatedAt = now;
        }
        Set<Long> known = survivor.participants.stream().map(p -> p.id).collect(Collectors.toSet());
        absorbed.participants.stream().filter(p -> !known.contains(p.id)).forEach(survivor.participants::add);
        survivor.tags.addAll(absorbed.tags);
        if (survivor.location == null) {
            survivor.location = absorbed.location;
        }
        if (survivor.action == null) {
            survivor.action = absorbed.action;
            survivor.theme = absorbed.theme;
        }
        if (survivor.subject == null) {
            survivor.subject = absorbed.subject;
        }
        survivor.asserted |= absorbed.asserted;
        survivor.denied |= absorbed.denied;
        survivor.updatedAt = now;
        moveLinks(survivor.id, absorbed.id);
        for (Conflict conflict : conflicts.ofEvents(List.of(absorbed.id))) {
            conflictChanged.fire(ConflictChanged.of(conflict, true));
            conflicts.delete(conflict);
        }
        merges.record(absorbed.id, survivor.id, now);
        // The claims' new event is written before the row they pointed to goes (claim.event_id cascades).
        em.flush();
        eventChanged.fire(EventChanged.of(absorbed, true));
        em.remove(absorbed);
        em.flush();
        metrics.eventAbsorbed();
    }

    /** The absorbed event's denial links, now the survivor's; a link between the two themselves is dropped. */
    private void moveLinks(long survivor, long absorbed) {
        for (EventLink link : links.ofAny(List.of(absorbed))) {
            long asserted = link.assertedEventId == absorbed ? survivor : link.assertedEventId;
            long denying = link.denyingEventId == absorbed ? survivor : link.denyingEventId;
            links.delete(link);
            links.link(asserted, denying);
        }
    }
}
