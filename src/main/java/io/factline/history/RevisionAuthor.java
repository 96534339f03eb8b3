package io.factline.history;

import io.factline.access.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller of the request that made it. */
public class RevisionAuthor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).who = currentCaller();
    }

    private static String currentCaller() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<Caller> caller = Arc.container().instance(Caller.class)) {
            return caller.isAvailable() ? caller.get().name() : SYSTEM;
        }
    }
}
