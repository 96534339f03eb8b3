package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two outlets' reports of one event ingested at the same moment still meet on one event: the
 * ingests lock the entities they involve, so the second one sees the event the first created.
 */
@QuarkusTest
class ConcurrentExtractionTest {

    private static final String TRIP_DATE = "2026-03-12";

    @Test
    void shouldMergeReportsOfOneEventIngestedConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Fixtures f = new Fixtures();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = List.of(
                        pool.submit(() -> post(start, f.article("wire-a"))),
                        pool.submit(() -> post(start, f.article("daily-b"))));
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertEquals(201, answer.get());
                }
                JsonPath timeline = given().queryParam("entity", f.envoyName()).queryParam("limit", 500)
                        .get("/api/timeline").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> trips = timeline.getList("items.findAll { it.date?.value == '"
                        + TRIP_DATE + "' }");
                assertEquals(1, trips.size(), "round " + round + ": " + timeline.getList("items.title"));
                Set<Object> outlets = new HashSet<>(timeline.getList("items.findAll { it.date?.value == '"
                        + TRIP_DATE + "' }[0].claims.outlet"));
                assertTrue(outlets.containsAll(Set.of("Wire A", "Daily B")), "outlets " + outlets);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int post(CountDownLatch start, Map<String, Object> article) throws InterruptedException {
        start.await();
        return given().contentType(ContentType.JSON).body(article).post("/api/articles").statusCode();
    }
}
