package io.factline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Edits and deletes of one event, and of one of its claims, at the same moment: each request
 * answers as if it ran alone (200, 204, or 404 once the event is gone), and the history stays
 * readable. A request that waited longer for the event's row lock than the database allows
 * answers 409 ("send it again") and changes nothing; on a loaded machine some do.
 */
@QuarkusTest
class ConcurrentEventWritesResourceTest {

    private static final List<List<String>> PARTICIPANTS = List.of(
            List.of("Nora Quay"), List.of("Nora Quay", "Ivo Marsh"), List.of("Ivo Marsh"),
            List.of("Lene Brack", "Nora Quay", "Ivo Marsh"), List.of(), List.of("Lene Brack"));

    /** Before: interleaved participant rows broke the event's history (500) and some edits answered 409. */
    @Test
    void shouldApplyConcurrentEditsOneAfterTheOtherAndKeepTheHistoryReadable() throws Exception {
        long eventId = Api.event("Harbour cranes inspected", List.of("Nora Quay"), Api.uniqueTag());
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = Map.of("title", "Harbour cranes inspected " + (i % 2),
                    "participants", PARTICIPANTS.get(i % PARTICIPANTS.size()));
            edits.add(() -> given().contentType(ContentType.JSON).body(body)
                    .when().put("/api/events/" + eventId).statusCode());
        }

        List<Integer> statuses = runTogether(edits);
        assertTrue(statuses.contains(200), "statuses " + statuses);
        assertTrue(Set.of(200, 409).containsAll(statuses), "statuses " + statuses);
        given().when().get("/api/events/" + eventId + "/history").then().statusCode(200);
    }

    /** Before: an edit that lost the race with a delete failed on its stale row (500). */
    @Test
    void shouldAnswerEditsThatMeetADeleteWithNotFound() throws Exception {
        long eventId = Api.event("Ferry timetable changed", List.of("Ivo Marsh"), Api.uniqueTag());
        long claimId = Api.claim(eventId, "Coast Wire", "2026-03-02");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String date = "2026-03-0" + (i + 3);
            requests.add(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("title", "Ferry timetable changed", "participants", List.of("Ivo Marsh")))
                    .when().put("/api/events/" + eventId).statusCode());
            requests.add(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("sourceUrl", "https://coast.example/ferry", "outlet", "Coast Wire", "date", date))
                    .when().put("/api/claims/" + claimId).statusCode());
        }
        requests.add(() -> given().when().delete("/api/claims/" + claimId).statusCode());
        requests.add(() -> given().when().delete("/api/events/" + eventId).statusCode());

        List<Integer> statuses = runTogether(requests);
        assertTrue(Set.of(200, 204, 404, 409).containsAll(statuses), "statuses " + statuses);
        if (statuses.get(statuses.size() - 1) == 204) {
            given().when().get("/api/events/" + eventId).then().statusCode(404);
            given().when().get("/api/claims/" + claimId).then().statusCode(404);
        } else {
            given().when().get("/api/events/" + eventId + "/history").then().statusCode(200);
        }
    }

    private static List<Integer> runTogether(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get(120, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
