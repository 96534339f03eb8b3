package io.factline.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.subscription.Cancellable;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two buses on one PostgreSQL database stand for two instances: a change published on one reaches
 * the other. Runs only where a database is given ({@code FACTLINE_TEST_PG_URL}, a JDBC URL with
 * user and password) and the PostgreSQL driver is on the classpath ({@code -Ppostgres}).
 */
@EnabledIf("postgresAvailable")
class PostgresChangeBusTest {

    static boolean postgresAvailable() {
        return System.getenv("FACTLINE_TEST_PG_URL") != null && PgNotifications.driverPresent();
    }

    @Test
    void shouldCarryAChangeFromOneInstanceToAnother() throws Exception {
        String url = System.getenv("FACTLINE_TEST_PG_URL");
        PostgresChangeBus publisher = new PostgresChangeBus(() -> DriverManager.getConnection(url));
        PostgresChangeBus receiver = new PostgresChangeBus(() -> DriverManager.getConnection(url));
        BlockingQueue<Change> received = new LinkedBlockingQueue<>();
        Cancellable subscription = receiver.changes().subscribe().with(received::add);
        try {
            Change change = new Change(Change.Kind.CONFLICT, 9, false, null, List.of(1L, 2L));
            // LISTEN starts on the receiver's own thread: publish until it is listening.
            Change got = null;
            for (int attempt = 0; attempt < 20 && got == null; attempt++) {
                publisher.publish(change);
                got = received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertEquals(change, got);
        } finally {
            subscription.cancel();
            publisher.close();
            receiver.close();
        }
    }
}
