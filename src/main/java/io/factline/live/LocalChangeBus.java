package io.factline.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Changes of this instance only: enough for the embedded H2 database, which has one instance. */
class LocalChangeBus implements ChangeBus {

    private final BroadcastProcessor<Change> processor = BroadcastProcessor.create();

    /** Serialized: requests commit on many threads, and a processor's onNext must not run concurrently. */
    @Override
    public void publish(Change change) {
        synchronized (processor) {
            processor.onNext(change);
        }
    }

    @Override
    public Multi<Change> changes() {
        return processor;
    }
}
