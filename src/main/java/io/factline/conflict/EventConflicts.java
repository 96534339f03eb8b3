package io.factline.conflict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored conflicts of a set of events, read with one query and kept current while
 * {@link ConflictTracker} reconciles them: a conflict it removes or opens is removed from or added
 * to this set, so that later reconciliations in the same transaction see it without another query
 * or a flush. Indexed by event, so that an event linked to hundreds of denials finds its few
 * conflicts per link without scanning all of them.
 */
public final class EventConflicts {

    private final List<Conflict> conflicts;
    private final Map<Long, List<Conflict>> byEvent = new HashMap<>();

    EventConflicts(Collection<Conflict> conflicts) {
        this.conflicts = new ArrayList<>(conflicts);
        this.conflicts.forEach(this::index);
    }

    /** The conflicts that involve the event, its own and those spanning a linked event, by id. */
    public List<Conflict> of(long eventId) {
        return List.copyOf(byEvent.getOrDefault(eventId, List.of()));
    }

    /** The conflicts that span exactly these two events. */
    List<Conflict> spanning(long oneId, long otherId) {
        return byEvent.getOrDefault(oneId, List.of()).stream()
                .filter(c -> c.eventIds.size() == 2 && c.eventIds.contains(otherId))
                .toList();
    }

    /** Whether any OPEN conflict involves the event. */
    public boolean hasOpen(long eventId) {
        return byEvent.getOrDefault(eventId, List.of()).stream().anyMatch(c -> c.status == ConflictStatus.OPEN);
    }

    /** Every conflict of the set, by id. */
    public List<Conflict> all() {
        return List.copyOf(conflicts);
    }

    void added(Conflict conflict) {
        conflicts.add(conflict);
        index(conflict);
    }

    void removed(Conflict conflict) {
        conflicts.remove(conflict);
        conflict.eventIds.forEach(id -> {
            List<Conflict> list = byEvent.get(id);
            if (list != null) {
                list.remove(conflict);
            }
        });
    }

    private void index(Conflict conflict) {
        conflict.eventIds.forEach(id -> byEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(conflict));
    }
}
