package io.factline.live;

import io.factline.conflict.ConflictView;
import io.factline.event.EventView;

/** The JSON bodies of the live stream's messages. */
final class LiveViews {

    private LiveViews() {
    }

    /** {@code event-changed}: the event as the timeline shows it, or null once deleted. */
    record EventChange(long id, boolean deleted, EventView event) {
    }

    /** {@code conflict-changed}: the conflict, or null once removed. */
    record ConflictChange(long id, boolean deleted, ConflictView conflict) {
    }
}
