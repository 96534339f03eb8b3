package io.factline.common;

import io.factline.event.EventChanged;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service whose transactions may stay open for four seconds, and in which a change to an event
 * keeps the request's database connection busy with one statement for {@link #HOLD_MS} ms, as a
 * slow write on a loaded machine would, when {@link #MARKER} is in what the request wrote: the
 * event's title (an edit), the quote of one of its claims (a claim added or edited), or the note of
 * a conflict (a resolution). The transaction manager rolls such a request back at its timeout
 * while the statement runs (and interrupts its own thread after half a second of waiting, as for
 * {@code TimedOutIngestResourceTest}).
 *
 * <p>The pool holds two connections and gives up on a request that waited {@link #ACQUISITION}
 * for one, so that two held requests make the database busy for a third.
 */
public class HoldingTheDatabaseOnMarkedEvent implements QuarkusTestProfile {

    public static final String MARKER = "quince";
    public static final String ACQUISITION = "2s";
    static final int HOLD_MS = 7000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.transaction-manager.default-transaction-timeout", "4s",
                "factline.unavailable.retry-after", "9s",
                "quarkus.datasource.jdbc.max-size", "2",
                "quarkus.datasource.jdbc.acquisition-timeout", ACQUISITION,
                // the H2 compaction task would take one of the two connections every 5 s
                "factline.db.compaction-interval", "0s",
                "factline.db.path", "./target/test-db/held-${quarkus.uuid}");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Hold.class);
    }

    /** Runs inside the transaction that changed the event (the change is fired synchronously). */
    @Alternative
    @ApplicationScoped
    static class Hold {

        private static final String MARKED = "SELECT id FROM event WHERE id = :id AND title LIKE :marker"
                + " UNION SELECT event_id FROM claim WHERE event_id = :id AND quote LIKE :marker"
                + " UNION SELECT id FROM conflict WHERE note LIKE :marker";

        @Inject
        EntityManager database;

        @ConfigProperty(name = "factline.db.kind")
        String kind;

        void onChange(@Observes EventChanged change) {
            List<?> marked = database.createNativeQuery(MARKED).setParameter("id", change.eventId())
                    .setParameter("marker", "%" + MARKER + "%").getResultList();
            if (!marked.isEmpty()) {
                String hold = "postgresql".equals(kind)
                        ? "SELECT 1 FROM (SELECT pg_sleep(" + HOLD_MS / 1000.0 + ")) AS held"
                        : "CALL SLEEP_MS(" + HOLD_MS + ")";
                database.createNativeQuery(hold).getResultList();
            }
        }
    }
}
