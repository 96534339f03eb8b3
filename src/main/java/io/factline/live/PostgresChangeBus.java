package io.factline.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Changes across instances through PostgreSQL: {@link #publish} sends {@code NOTIFY} on channel
 * {@value #CHANNEL}; a listener thread holds one connection that {@code LISTEN}s and feeds every
 * notification, this instance's own included, to the local stream. If the listening connection
 * breaks it reconnects after a second; changes committed meanwhile are not replayed (clients
 * re-read the API when their stream reconnects).
 */
final class PostgresChangeBus implements ChangeBus {

    static final String CHANNEL = "factline_changes";
    private static final Logger LOG = Logger.getLogger(PostgresChangeBus.class);
    private static final int POLL_MILLIS = 5_000;

    /** Opens a connection outside any transaction: a pooled one, or a plain JDBC one in tests. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final BroadcastProcessor<Change> processor = BroadcastProcessor.create();
    /** NOTIFY runs here: the publishing thread is completing a transaction and must not enlist a connection. */
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "factline-notify"));
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresChangeBus(Connections connections) {
        this.connections = connections;
        this.listener = daemon(this::listen, "factline-listen");
        listener.start();
    }

    @Override
    public void publish(Change change) {
        notifier.execute(() -> {
            try (Connection c = connections.open();
                    PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, ChangeCodec.encode(change));
                notify.execute();
            } catch (SQLException e) {
                LOG.warnf(e, "NOTIFY of %s %d failed", change.kind(), change.id());
            }
        });
    }

    @Override
    public Multi<Change> changes() {
        return processor;
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        notifier.shutdown();
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection failed", e);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = connections.open()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PgNotifications notifications = PgNotifications.of(c);
                while (running) {
                    for (String payload : notifications.await(POLL_MILLIS)) {
                        processor.onNext(ChangeCodec.decode(payload));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for live updates failed; reconnecting in 1 s", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
