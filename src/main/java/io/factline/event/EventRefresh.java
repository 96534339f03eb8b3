package io.factline.event;

import io.factline.article.ArticleRepository;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.common.Timestamps;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictTracker;
import io.factline.conflict.EventConflicts;
import io.factline.date.EdtfDate;
import io.factline.timeline.TimelineOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Recomputes what an event derives from its claims: its date and its conflicts. */
@ApplicationScoped
public class EventRefresh {

    private final ClaimRepository claims;
    private final ConflictTracker conflicts;
    private final EventLinkRepository links;
    private final EventRepository events;
    private final jakarta.enterprise.event.Event<EventChanged> changed;
    private final EntityManager em;
    private final ArticleRepository articles;

    EventRefresh(ClaimRepository claims, ConflictTracker conflicts, EventLinkRepository links, EventRepository events,
            jakarta.enterprise.event.Event<EventChanged> changed, EntityManager em, ArticleRepository articles) {
        this.articles = articles;
        this.claims = claims;
        this.conflicts = conflicts;
        this.links = links;
        this.events = events;
        this.changed = changed;
        this.em = em;
    }

    /** {@link #refresh(Collection)} of one event. */
    public void refresh(Event event) {
        refresh(List.of(event.id));
    }

    /**
     * What a refresh leaves: the refreshed events that exist, in id order, and the conflicts of every
     * event it read (those events and the events linked to them), as they stand after it.
     */
    public record Refreshed(List<Event> events, EventConflicts conflicts) {

        /** The conflicts that involve one of these events, by id: what a query after the refresh would read. */
        public List<Conflict> conflictsOf(Collection<Long> eventIds) {
            Set<Long> wanted = Set.copyOf(eventIds);
            return conflicts.all().stream().filter(c -> c.eventIds.stream().anyMatch(wanted::contains))
                    .sorted(Comparator.comparing(c -> c.id)).toList();
        }
    }

    /**
     * Call inside the transaction that changed the events' claims. Recomputes each event's date,
     * its own conflicts, and the contradictions with events linked to it as denials. The events'
     * rows are locked first, all in one statement in id order ({@code for no key update} on
     * PostgreSQL, which a claim's foreign key does not wait for), so that two transactions adding
     * claims to one event, on one instance or two, reconcile its conflicts one after the other and
     * the second sees the first's claims and conflicts. Claims, links and conflicts of all the
     * events are read with one query each, however many events there are.
     *
     * @return the refreshed events that exist, in id order, and the conflicts read (kept current)
     */
    public Refreshed refresh(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return new Refreshed(List.of(), conflicts.load(List.of()));
        }
        em.flush();
        List<Event> locked = events.lockAll(new TreeSet<>(eventIds));
        Set<Long> ids = new TreeSet<>();
        locked.forEach(e -> ids.add(e.id));
        List<EventLink> linked = links.ofAny(ids);
        Set<Long> involved = new TreeSet<>(ids);
        Map<Long, List<EventLink>> linksOf = new HashMap<>();
        linked.forEach(l -> {
            involved.add(l.assertedEventId);
            involved.add(l.denyingEventId);
            linksOf.computeIfAbsent(l.assertedEventId, k -> new ArrayList<>()).add(l);
            if (!l.denyingEventId.equals(l.assertedEventId)) {
                linksOf.computeIfAbsent(l.denyingEventId, k -> new ArrayList<>()).add(l);
            }
        });
        Map<Long, List<Claim>> claimsByEvent = new HashMap<>();
        claims.ofEvents(involved).forEach(c -> claimsByEvent.computeIfAbsent(c.eventId, k -> new ArrayList<>()).add(c));
        EventConflicts stored = conflicts.load(involved);
        Map<Long, Event> others = new HashMap<>();
        events.withParticipantsLoaded(involved).forEach(e -> others.put(e.id, e));
        Map<Long, Instant> published = publishedAt(locked, claimsByEvent);
        for (Event event : locked) {
            List<Claim> list = claimsByEvent.getOrDefault(event.id, List.of());
            Optional<EdtfDate> date = EventDateRule.derive(list.stream()
                    .map(c -> new EventDateRule.DatedClaim(c.id,
                            c.dateValue == null ? null : EdtfDate.stored(c.dateValue), c.rank, c.stance,
                            c.articleId == null ? c.createdAt : published.get(c.articleId)))
                    .toList());
            String dateBefore = event.dateValue;
            boolean conflictedBefore = event.conflicted;
            event.dateValue = date.map(EdtfDate::value).orElse(null);
            event.sortStart = date.map(EdtfDate::sortStart).orElse(TimelineOrder.UNDATED);
            event.sortEnd = date.map(EdtfDate::sortEnd).orElse(TimelineOrder.UNDATED);
            boolean open = conflicts.reconcile(event.id, list, stored);
            for (EventLink link : linksOf.getOrDefault(event.id, List.of())) {
                boolean asserted = link.assertedEventId.equals(event.id);
                long other = asserted ? link.denyingEventId : link.assertedEventId;
                List<Claim> otherClaims = claimsByEvent.getOrDefault(other, List.of());
                boolean linkOpen = asserted
                        ? conflicts.reconcileLink(event.id, other, list, otherClaims, stored)
                        : conflicts.reconcileLink(other, event.id, otherClaims, list, stored);
                open |= linkOpen;
                Event o = others.get(other);
                if (o != null) {
                    o.conflicted = linkOpen || stored.hasOpen(o.id);
                    changed.fire(EventChanged.of(o, false));
                }
            }
            event.conflicted = open;
            event.countStances(list.stream().map(c -> c.stance).toList());
            // Only a change of what is derived is an update of the row: an event created in this
            // transaction with its claim's date is then written once, with no update after the insert.
            if (!Objects.equals(dateBefore, event.dateValue) || conflictedBefore != open) {
                event.updatedAt = Timestamps.now();
            }
            changed.fire(EventChanged.of(event, false));
        }
        return new Refreshed(locked, stored);
    }

    /**
     * The publication times of the articles behind the dated claims of events whose claims give
     * more than one date: the date rule's tie-break between disagreeing sources. Events whose
     * claims agree need none, so most refreshes read nothing.
     */
    private Map<Long, Instant> publishedAt(List<Event> locked, Map<Long, List<Claim>> claimsByEvent) {
        Set<Long> articleIds = new TreeSet<>();
        for (Event event : locked) {
            List<Claim> list = claimsByEvent.getOrDefault(event.id, List.of());
            if (list.stream().map(c -> c.dateValue).filter(Objects::nonNull).distinct().count() > 1) {
                list.stream().map(c -> c.articleId).filter(Objects::nonNull).forEach(articleIds::add);
            }
        }
        return articles.publishedAt(articleIds);
    }
}
