package io.factline.storage;

import io.agroal.api.AgroalDataSource;
import io.factline.common.FactlineConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded H2 file from growing with every write (H2 build only). With
 * {@code WRITE_DELAY=0} every commit appends a chunk to the file, and H2 starts no background
 * thread, so nothing ever rewrites a chunk: an ingest leaves most of each chunk dead (pages that
 * later commits replaced) but some pages live (the new rows), no chunk ever becomes wholly free, and
 * the file grows by the whole of every commit. Every {@code factline.db.compaction-interval} this
 * task asks H2 to copy the live pages of the emptiest chunks forward
 * ({@link MVStore#compact(int, int)}: at most {@link #REWRITES} times {@link #WRITE_LIMIT} bytes,
 * while less than {@link #TARGET_FILL_PERCENT} % of the chunks' bytes are live) and commits the
 * copies; the emptied chunks are freed and their space reused by later commits. H2 only rewrites or
 * frees a chunk older than its {@code RETENTION_TIME}, which is why the URL sets it (see
 * src/docs/operations.md, "Session 12").
 *
 * <p>Each rewrite holds H2's store lock, which commits wait for, and gives up if it cannot take it
 * within 10 ms; a busy moment is left for the next run.
 */
@ApplicationScoped
class H2Compaction {

    static final int TARGET_FILL_PERCENT = 50;
    static final int WRITE_LIMIT = 2 << 20;
    static final int REWRITES = 16;

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    private final AgroalDataSource dataSource;
    private final FactlineConfig config;
    private ScheduledExecutorService executor;

    H2Compaction(AgroalDataSource dataSource, FactlineConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent start) {
        Duration every = config.db().compactionInterval();
        if (!"h2".equals(config.db().kind()) || every.isZero() || every.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "factline-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a running compaction finish (an interrupt would stop it in the middle of a file access). */
    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            store(connection).ifPresent(H2Compaction::compact);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Compacting the H2 file failed; trying again at the next interval", e);
        }
    }

    /**
     * Rewrites the live pages of the emptiest chunks and commits them.
     *
     * @return how many rewrites there were (each up to {@link #WRITE_LIMIT} bytes)
     */
    static int compact(MVStore store) {
        int rewrites = 0;
        while (rewrites < REWRITES && !store.isClosed() && store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT)) {
            rewrites++;
        }
        if (rewrites > 0 && !store.isClosed()) {
            store.commit();
        }
        return rewrites;
    }

    /** H2's store behind a connection of the pool; empty for a database that is not embedded H2. */
    static Optional<MVStore> store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || session.getDatabase().getStore() == null) {
            return Optional.empty();
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? Optional.empty() : Optional.of(store);
    }
}
