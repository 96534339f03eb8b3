package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.event.EventRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored events that an article's denials and asserted events are linked against: for one
 * lookup, the newest few events of an action and the actions it may deny or be denied by
 * ({@link EventKinds#sameOrConverseActions}: "sent" / "has not received") whose dates meet a
 * window and that have a counting claim of a stance ({@link EventRepository#newestIds}: ids only,
 * each action's index walked newest first until the limit, no event loaded).
 */
final class ActionEvents {

    private final EventRepository events;

    ActionEvents(EventRepository events) {
        this.events = events;
    }

    /**
     * The ids of at most {@code limit} events of the action or its pairs, newest first, whose dates meet the
     * window and that have a counting claim of the stance.
     */
    List<Long> newest(String action, Stance stance, LocalDate from, LocalDate to, int limit) {
        return events.newestIds(EventKinds.sameOrConverseActions(action), stance, from, to, limit);
    }
}
