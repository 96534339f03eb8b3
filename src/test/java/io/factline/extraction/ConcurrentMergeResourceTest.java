package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reports that merge into one stored event at the same moment each add their new participant:
 * ingests with no participant in common are not ordered by the entity locks, and once appended
 * two participants at the same list position, so that the event lost one of them.
 */
@QuarkusTest
class ConcurrentMergeResourceTest {

    private static final List<String> GUESTS_OF_QUAYLE = List.of("Ottilie Varga", "Casimir Lund", "Wendeline Broek",
            "Anselm Kirov", "Leontine Marsh", "Teodor Ilic");
    private static final List<String> GUESTS_OF_TESSARO = List.of("Rosalind Achebe", "Mattias Oyelaran",
            "Philippa Strand", "Benedek Horne", "Ysolde Karan", "Gideon Falk");

    @Test
    void shouldKeepEveryParticipantWhenReportsMergeIntoOneEventAtOnce() throws Exception {
        int eventId = ingest("seed", "Fjord Post",
                "Harriet Quayle met Bruno Tessaro in Reykjavik on Tuesday, the ministry said.")
                .jsonPath().getInt("events[0].id");
        List<Map<String, String>> reports = new ArrayList<>();
        for (int i = 0; i < GUESTS_OF_QUAYLE.size(); i++) {
            reports.add(Map.of("host", "Harriet Quayle", "guest", GUESTS_OF_QUAYLE.get(i), "outlet", "Lagoon Daily"));
            reports.add(Map.of("host", "Bruno Tessaro", "guest", GUESTS_OF_TESSARO.get(i), "outlet", "Basalt Wire"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> merged = new ArrayList<>();
        try {
            for (int i = 0; i < reports.size(); i++) {
                Map<String, String> report = reports.get(i);
                String slug = "guest-" + i;
                merged.add(pool.submit(() -> {
                    start.await();
                    return ingest(slug, report.get("outlet"), report.get("host") + " met " + report.get("guest")
                            + " in Reykjavik on Tuesday, aides said.").jsonPath().getInt("events[0].id");
                }));
            }
            start.countDown();
            for (Future<Integer> id : merged) {
                assertEquals(eventId, id.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> participants = given().get("/api/events/" + eventId).then().statusCode(200)
                .extract().jsonPath().getList("participants", String.class);
        assertEquals(2 + reports.size(), new HashSet<>(participants).size(), participants.toString());
        assertEquals(2 + reports.size(), participants.size(), participants.toString());
    }

    private static io.restassured.response.Response ingest(String slug, String outlet, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/reykjavik-talks/" + slug, "outlet", outlet,
                        "title", "Talks in Reykjavik", "publishedAt", "2026-03-12", "text", text))
                .when().post("/api/articles").then().statusCode(201).extract().response();
    }
}
