package io.factline.live;

import java.util.List;

/**
 * A committed change, as it travels between instances: which event or conflict, and whether it
 * is gone. The stream loads the current state itself, so a change is small and never stale.
 *
 * @param entityIds for a deleted event, the entities it involved (the stream can no longer look them up)
 * @param eventIds  for a conflict, the events it involves
 */
public record Change(Kind kind, long id, boolean deleted, List<Long> entityIds, List<Long> eventIds) {

    public enum Kind {
        EVENT,
        CONFLICT
    }

    public Change {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}
