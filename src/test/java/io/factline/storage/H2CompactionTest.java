package io.factline.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * H2 with {@code WRITE_DELAY=0}, as factline runs it: every commit appends a chunk, and each chunk
 * keeps a few live pages (the new row) among many dead ones (pages later commits replaced).
 */
class H2CompactionTest {

    private static final int COMMITS = 200;

    @Test
    void shouldMakeMostOfTheChunksLiveOnceTheyAreRewritten() throws SQLException {
        try (Connection connection = ingested(";RETENTION_TIME=0")) {
            MVStore store = H2Compaction.store(connection).orElseThrow();
            int before = store.getFileStore().getChunksFillRate();

            int runs = 0;
            while (runs < 10 && H2Compaction.compact(store) > 0) {
                runs++;
            }

            assertTrue(before < 30, "chunks were " + before + " % live before");
            int after = store.getFileStore().getChunksFillRate();
            assertTrue(after >= H2Compaction.TARGET_FILL_PERCENT, "chunks are " + after + " % live after");
        }
    }

    @Test
    void shouldFindNothingToRewriteInChunksYoungerThanTheRetentionTime() throws SQLException {
        try (Connection connection = ingested("")) {
            MVStore store = H2Compaction.store(connection).orElseThrow();
            int before = store.getFileStore().getChunksFillRate();

            assertEquals(0, H2Compaction.compact(store));
            assertEquals(before, store.getFileStore().getChunksFillRate());
        }
    }

    /** A new database (with the URL settings given) after {@link #COMMITS} commits of a 4 KB row and a counter. */
    private static Connection ingested(String settings) throws SQLException {
        String url = "jdbc:h2:file:./target/test-db/compaction-" + UUID.randomUUID()
                + ";WRITE_DELAY=0;CACHE_SIZE=2048" + settings;
        Connection connection = DriverManager.getConnection(url, "factline", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE report (id BIGINT PRIMARY KEY, body VARCHAR(8000))");
            statement.execute("CREATE TABLE tally (id INT PRIMARY KEY, n BIGINT)");
            statement.execute("INSERT INTO tally VALUES (1, 0)");
        }
        String body = "word ".repeat(800);
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO report VALUES (?, ?)");
                PreparedStatement tally = connection.prepareStatement("UPDATE tally SET n = n + 1 WHERE id = 1")) {
            for (int i = 0; i < COMMITS; i++) {
                report.setLong(1, i);
                report.setString(2, body + i);
                report.executeUpdate();
                tally.executeUpdate();
            }
        }
        return connection;
    }
}
