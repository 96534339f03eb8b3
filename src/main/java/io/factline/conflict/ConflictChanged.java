package io.factline.conflict;

import java.util.List;

/**
 * Fired (CDI) inside the transaction that opened, changed, resolved or removed a conflict.
 * Observers that publish it should wait for the commit ({@code TransactionPhase.AFTER_SUCCESS}).
 */
public record ConflictChanged(long conflictId, boolean deleted, List<Long> eventIds) {

    public static ConflictChanged of(Conflict conflict, boolean deleted) {
        return new ConflictChanged(conflict.id, deleted, List.copyOf(conflict.eventIds));
    }
}
