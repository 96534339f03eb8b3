package io.factline.live;

import io.factline.conflict.ConflictChanged;
import io.factline.event.EventChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Hands the services' change notices to the {@link ChangeBus} once their transaction committed:
 * a rolled-back change is never announced, and a client that reacts by reading the API sees it.
 * A failure here is logged, never thrown: the change itself has already been committed.
 */
@ApplicationScoped
class ChangeRelay {

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class);

    private final ChangeBus bus;

    ChangeRelay(ChangeBus bus) {
        this.bus = bus;
    }

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventChanged e) {
        publish(new Change(Change.Kind.EVENT, e.eventId(), e.deleted(), e.participantIds(), null));
    }

    void onConflict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConflictChanged c) {
        publish(new Change(Change.Kind.CONFLICT, c.conflictId(), c.deleted(), null, c.eventIds()));
    }

    private void publish(Change change) {
        try {
            bus.publish(change);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Live update for %s %d not published", change.kind(), change.id());
        }
    }
}
