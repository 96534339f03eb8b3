package io.factline.extraction;

import io.factline.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Locks a stored event's row before an ingest first merges into it. */
@ApplicationScoped
class MergeLock {

    private final EntityManager em;

    MergeLock(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks a stored event's row before this ingest first merges into it, and reads it again
     * with its participants: two ingests with no participant in common (so not ordered by
     * {@link ParticipantLocks#lockParticipants}) that merge into one event would otherwise both append their new
     * participants after the same stale list, at the same positions, and one would be lost.
     * Nothing of the event is changed in this ingest before this, so reading it again loses nothing.
     */
    void lockForMerge(Event event) {
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
    }
}
