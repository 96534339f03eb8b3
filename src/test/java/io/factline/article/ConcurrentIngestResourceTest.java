package io.factline.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writes arriving together must not starve the connection pool. (The same article posted at
 * once is {@link ConcurrentIngestTest}.)
 */
@QuarkusTest
class ConcurrentIngestResourceTest {

    /** Every write once held two pooled connections (access check + transaction): 16 at once deadlocked. */
    @Test
    void shouldAcceptMoreConcurrentWritesThanThePoolHasConnections() throws Exception {
        int writes = 24;
        ExecutorService pool = Executors.newFixedThreadPool(writes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < writes; i++) {
                String url = "https://example.org/burst/" + UUID.randomUUID();
                statuses.add(pool.submit(() -> {
                    start.await();
                    return ingest(url);
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(120, TimeUnit.SECONDS));
            }
            assertEquals(writes, codes.stream().filter(c -> c == 201).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int ingest(String url) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "outlet", "Valley Courier", "title", "Bridge inspection finished",
                        "publishedAt", "2026-02-10", "text", "Inspectors signed off the old bridge this morning."))
                .when().post("/api/articles").then().extract().statusCode();
    }
}
