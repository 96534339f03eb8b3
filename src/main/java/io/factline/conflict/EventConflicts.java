package io.factline.conflict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The stored conflicts of a set of events, read with one query and kept current while
 * {@link ConflictTracker} reconciles them: a conflict it removes or opens is removed from or added
 * to this set, so that later reconciliations in the same transaction see it without another query
 * or a flush.
 */
public final class EventConflicts {

    private final List<Conflict> conflicts;

    EventConflicts(Collection<Conflict> conflicts) {
        this.conflicts = new ArrayList<>(conflicts);
    }

    /** The conflicts that involve the event, its own and those spanning a linked event, by id. */
    public List<Conflict> of(long eventId) {
        return conflicts.stream().filter(c -> c.eventIds.contains(eventId)).toList();
    }

    /** Whether any OPEN conflict involves the event. */
    public boolean hasOpen(long eventId) {
        return conflicts.stream().anyMatch(c -> c.status == ConflictStatus.OPEN && c.eventIds.contains(eventId));
    }

    /** Every conflict of the set, by id. */
    public List<Conflict> all() {
        return List.copyOf(conflicts);
    }

    void added(Conflict conflict) {
        conflicts.add(conflict);
    }

    void removed(Conflict conflict) {
        conflicts.remove(conflict);
    }
}
