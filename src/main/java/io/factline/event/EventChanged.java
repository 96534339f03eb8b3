package io.factline.event;

import java.util.List;

/**
 * Fired (CDI) inside the transaction that created, changed or deleted an event, or re-derived
 * its date and conflicts. Observers that publish it should wait for the commit
 * ({@code TransactionPhase.AFTER_SUCCESS}).
 *
 * @param participantIds the event's participants when fired: after a delete, the only way left
 *                       to tell who the event was about
 */
public record EventChanged(long eventId, boolean deleted, List<Long> participantIds) {

    static EventChanged of(Event event, boolean deleted) {
        return new EventChanged(event.id, deleted, event.participants.stream().map(p -> p.id).toList());
    }
}
