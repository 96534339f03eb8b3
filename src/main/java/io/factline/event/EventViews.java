package io.factline.event;

import io.factline.claim.ClaimRepository;
import io.factline.claim.ClaimView;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictRepository;
import io.factline.conflict.ConflictView;
import io.factline.date.DateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns events into views with a fixed number of queries, however many events there are. */
@ApplicationScoped
public class EventViews {

    private final ClaimRepository claims;
    private final ConflictRepository conflicts;

    EventViews(ClaimRepository claims, ConflictRepository conflicts) {
        this.claims = claims;
        this.conflicts = conflicts;
    }

    public EventView of(Event event) {
        return of(List.of(event)).get(0);
    }

    public List<EventView> of(List<Event> events) {
        return of(events, null);
    }

    /**
     * Views whose claims are only those from one article (all claims when {@code articleId} is
     * null): what an ingest answers, so that its response stays small however many sources an
     * event already has. The event's full claim list is at {@code GET /api/events/{id}}.
     */
    public List<EventView> of(List<Event> events, Long articleId) {
        return of(events, articleId, conflicts.ofEvents(events.stream().map(e -> e.id).toList()));
    }

    /**
     * {@link #of(List, Long)}, with the conflicts of these events already read (those of other
     * events among them are left out): an ingest reads them once for its response's conflicts too.
     */
    public List<EventView> of(List<Event> events, Long articleId, List<Conflict> conflictsOfEvents) {
        List<Long> ids = events.stream().map(e -> e.id).toList();
        Map<Long, List<ClaimView>> claimsByEvent = new HashMap<>();
        (articleId == null ? claims.ofEvents(ids) : claims.ofEventsFromArticle(ids, articleId)).forEach(c ->
                claimsByEvent.computeIfAbsent(c.eventId, k -> new ArrayList<>()).add(ClaimView.from(c)));
        Map<Long, List<ConflictView>> conflictsByEvent = byEvent(ids, conflictsOfEvents);
        return events.stream().map(e -> new EventView(e.id, e.title, e.summary, e.kind, e.location,
                e.participants.stream().map(p -> p.name).toList(), List.copyOf(e.tags),
                DateView.of(e.dateValue), e.conflicted,
                claimsByEvent.getOrDefault(e.id, List.of()), conflictsByEvent.getOrDefault(e.id, List.of())))
                .toList();
    }

    /** The conflicts of these events, one query, grouped by each of these events they span. */
    Map<Long, List<ConflictView>> conflictsOf(List<Long> ids) {
        return byEvent(ids, conflicts.ofEvents(ids));
    }

    private static Map<Long, List<ConflictView>> byEvent(List<Long> ids, List<Conflict> found) {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, List<ConflictView>> byEvent = new HashMap<>();
        found.forEach(c -> {
            ConflictView view = ConflictView.from(c);
            c.eventIds.stream().filter(wanted::contains)
                    .forEach(id -> byEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(view));
        });
        return byEvent;
    }
}
