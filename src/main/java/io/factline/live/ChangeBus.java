package io.factline.live;

import io.smallrye.mutiny.Multi;

/**
 * Carries committed changes to every instance's live stream. {@link LocalChangeBus} serves one
 * instance (H2, tests); {@link PostgresChangeBus} uses PostgreSQL LISTEN/NOTIFY so that a change
 * committed on one instance reaches the clients of all of them. {@link ChangeBusProducer} picks.
 */
public interface ChangeBus {

    /** Announces a change; call only after its transaction committed. */
    void publish(Change change);

    /** Every change published on any instance from now on; a hot stream, nothing is replayed. */
    Multi<Change> changes();

    /** Stops receiving; called at shutdown, before the datasource closes. */
    default void close() {
    }
}
