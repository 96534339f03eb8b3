package io.factline.claim;

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
 * Claims added to one event at the same moment (editors on two instances) leave one conflict per
 * type that covers them all, not one conflict per request.
 */
@QuarkusTest
class ConcurrentClaimsResourceTest {

    private static final int CLAIMS = 6;

    @Test
    void shouldKeepOneDateConflictWhenDisagreeingClaimsArriveTogether() throws Exception {
        long eventId = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Dam gates opened", "tags", List.of("race-" + UUID.randomUUID())))
                .when().post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < CLAIMS; i++) {
                String date = "2026-04-" + String.format("%02d", i + 1);
                String outlet = "Outlet " + i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return addClaim(eventId, outlet, date);
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        var conflicts = given().when().get("/api/conflicts?eventId=" + eventId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DATE"), conflicts.getList("items.type", String.class));
        assertEquals(CLAIMS, conflicts.getList("items[0].claimIds").size());
    }

    private static int addClaim(long eventId, String outlet, String date) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://example.org/" + UUID.randomUUID(), "outlet", outlet,
                        "quote", "The gates opened on this day.", "date", date))
                .when().post("/api/events/" + eventId + "/claims").then().extract().statusCode();
    }
}
