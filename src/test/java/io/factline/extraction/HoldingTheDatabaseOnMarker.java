package io.factline.extraction;

import io.factline.metrics.FactlineMetrics;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service whose ingests may stay open for four seconds, and in which the extraction of a sentence
 * that contains {@link #MARKER} keeps the ingest's database connection busy with one statement for
 * {@link #HOLD_MS} ms, as a slow write on a loaded machine would. The transaction manager's reaper
 * then has to wait for that statement to roll the ingest back, and interrupts its own thread after
 * half a second of waiting: the interrupt that closed H2's file under {@code jdbc:h2:file:}.
 *
 * <p>On H2 the statement calls {@code SLEEP_MS}, an alias of {@link Thread#sleep(long)} that the
 * test creates ({@link #SLEEP_ALIAS}); on PostgreSQL it calls {@code pg_sleep}.
 */
public class HoldingTheDatabaseOnMarker implements QuarkusTestProfile {

    public static final String MARKER = "marmalade";
    public static final String SLEEP_ALIAS = "CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR 'java.lang.Thread.sleep(long)'";

    /** Creates the sleeping function the holding beans call, on H2 (PostgreSQL has {@code pg_sleep}). */
    public static void createSleepAlias(javax.sql.DataSource dataSource, String kind) throws java.sql.SQLException {
        if (!"postgresql".equals(kind)) {
            try (java.sql.Connection connection = dataSource.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute(SLEEP_ALIAS);
            }
        }
    }
    static final int HOLD_MS = 7000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("factline.ingest.timeout", "4s",
                "factline.ingest.retry-after", "7s",
                "factline.db.path", "./target/test-db/timeout-${quarkus.uuid}");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Guard.class);
    }

    @Alternative
    @Singleton
    static class Guard extends SentenceGuard {

        private final EntityManager database;
        private final String kind;

        @Inject
        Guard(FactlineMetrics metrics, EntityManager database, @ConfigProperty(name = "factline.db.kind") String kind) {
            super(metrics);
            this.database = database;
            this.kind = kind;
        }

        @Override
        public List<EventCandidate> run(String articleUrl, Sentence sentence,
                Supplier<List<EventCandidate>> extraction) {
            if (sentence.text().contains(MARKER)) {
                String hold = "postgresql".equals(kind)
                        ? "SELECT 1 FROM (SELECT pg_sleep(" + HOLD_MS / 1000.0 + ")) AS held"
                        : "CALL SLEEP_MS(" + HOLD_MS + ")";
                database.createNativeQuery(hold).getResultList();
            }
            return super.run(articleUrl, sentence, extraction);
        }
    }
}
