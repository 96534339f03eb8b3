package io.factline.common;

import io.factline.event.EventChanged;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service whose transactions may stay open for four seconds, and in which a change to an event
 * keeps the request's database connection busy with one statement, as a slow write on a loaded
 * machine would, when {@link #MARKER} is in what the request wrote: the event's title (an edit), the
 * quote of one of its claims (a claim added or edited), or the note of a conflict (a resolution). The
 * transaction manager rolls such a request back at its timeout while the statement runs.
 *
 * <p>On PostgreSQL the statement is {@code pg_sleep} for {@link #PG_HOLD_MS} ms, far longer than
 * the timeout: the rollback at the timeout cancels it (operations.md, "Session 13 (s13-pgleak)"),
 * so a request that waited for it to end would show. On H2 it is {@code SLEEP_MS}, a
 * {@link Thread#sleep(long)} that nothing can cancel, for {@link #H2_HOLD_MS} ms; the transaction
 * manager interrupts its own thread after half a second of waiting for it, as for
 * {@code TimedOutIngestResourceTest}.
 *
 * <p>The pool holds two connections, and only requests take them: the live updates travel inside the
 * instance ({@code factline.live.bus=local}), since on PostgreSQL the listener of the change bus
 * holds one pooled connection for good. The busy-pool test shortens the pool's acquisition timeout
 * to {@link #ACQUISITION} while it runs; at start Flyway's first connection keeps the usual timeout
 * (H2 opening its file took longer than two seconds at a load of 25-40).
 */
public class HoldingTheDatabaseOnMarkedEvent implements QuarkusTestProfile {

    public static final String MARKER = "quince";
    public static final Duration ACQUISITION = Duration.ofSeconds(2);
    static final int H2_HOLD_MS = 7000;
    static final int PG_HOLD_MS = 60_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.transaction-manager.default-transaction-timeout", "4s",
                "factline.unavailable.retry-after", "9s",
                "quarkus.datasource.jdbc.max-size", "2",
                "factline.live.bus", "local",
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
                        ? "SELECT 1 FROM (SELECT pg_sleep(" + PG_HOLD_MS / 1000.0 + ")) AS held"
                        : "CALL SLEEP_MS(" + H2_HOLD_MS + ")";
                database.createNativeQuery(hold).getResultList();
            }
        }
    }
}
