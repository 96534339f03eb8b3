package io.factline.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsResourceTest {

    private static final String CREATED = "factline_articles_ingested_total{outcome=\"created\"}";
    private static final String UNCHANGED = "factline_articles_ingested_total{outcome=\"unchanged\"}";
    private static final String UPDATED = "factline_articles_ingested_total{outcome=\"updated\"}";
    private static final String OPEN = "factline_conflicts_open";

    @Test
    void shouldExportDomainMetricsUnderTheirExactNames() {
        Scrape scrape = Scrape.now();
        for (String series : List.of(CREATED, UNCHANGED, UPDATED,
                "factline_events_created_total", "factline_events_merged_total", "factline_claims_added_total",
                "factline_conflicts_raised_total{type=\"date\"}",
                "factline_conflicts_raised_total{type=\"contradiction\"}",
                "factline_conflicts_resolved_total{status=\"resolved\"}",
                "factline_conflicts_resolved_total{status=\"dismissed\"}",
                OPEN, "factline_timexes_found_total", "factline_annotate_requests_total",
                "factline_requests_unavailable_total{reason=\"timeout\"}",
                "factline_requests_unavailable_total{reason=\"busy\"}",
                "factline_extraction_duration_seconds_count", "factline_extraction_duration_seconds_sum",
                "factline_extraction_duration_seconds_bucket{le=\"+Inf\"}")) {
            assertTrue(scrape.has(series), series);
        }
    }

    @Test
    void shouldExportHttpJvmAndConnectionPoolMetrics() {
        given().when().get("/api/events?limit=1").then().statusCode(200);
        Scrape scrape = Scrape.now();
        for (String name : List.of("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "agroal_active_count",
                "agroal_available_count", "agroal_awaiting_count")) {
            assertTrue(scrape.hasName(name), name);
        }
        assertTrue(scrape.has("http_server_requests_seconds_count"
                + "{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/events\"}"));
    }

    @Test
    void shouldCountEachIngestOutcome() {
        String url = "https://example.org/metrics/" + UUID.randomUUID();
        Scrape before = Scrape.now();

        ingest(url, "The harbour reopened on Monday after a week of repairs.").statusCode(201);
        ingest(url, "The harbour reopened on Monday after a week of repairs.").statusCode(200);
        ingest(url, "The harbour reopened on Tuesday after eight days of repairs.").statusCode(200);

        Scrape after = Scrape.now();
        assertEquals(before.value(CREATED) + 1, after.value(CREATED));
        assertEquals(before.value(UNCHANGED) + 1, after.value(UNCHANGED));
        assertEquals(before.value(UPDATED) + 1, after.value(UPDATED));
    }

    @Test
    void shouldCountClaimsAndConflictsAndKeepTheOpenGaugeTrue() {
        Scrape before = Scrape.now();
        long eventId = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry service resumes", "participants", List.of("Harbour Authority")))
                .when().post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        addClaim(eventId, "Coast Daily", "2026-03-02");
        addClaim(eventId, "Island Radio", "2026-03-09");

        Scrape raised = Scrape.now();
        assertEquals(before.value("factline_events_created_total") + 1, raised.value("factline_events_created_total"));
        assertEquals(before.value("factline_claims_added_total") + 2, raised.value("factline_claims_added_total"));
        String dateRaised = "factline_conflicts_raised_total{type=\"date\"}";
        assertEquals(before.value(dateRaised) + 1, raised.value(dateRaised));
        assertEquals(before.value(OPEN) + 1, raised.value(OPEN));

        long conflictId = given().when().get("/api/conflicts?eventId=" + eventId)
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("status", "DISMISSED", "note", "same ferry, two sailings"))
                .when().post("/api/conflicts/" + conflictId + "/resolution").then().statusCode(200);

        Scrape resolved = Scrape.now();
        String dismissed = "factline_conflicts_resolved_total{status=\"dismissed\"}";
        assertEquals(before.value(dismissed) + 1, resolved.value(dismissed));
        assertEquals(before.value(OPEN), resolved.value(OPEN));
    }

    @Test
    void shouldCountAnnotateRequestsAndTheTimexesTheyFound() {
        Scrape before = Scrape.now();

        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The ferry sailed on 3 March 2026 and returned on Friday.",
                        "publishedAt", "2026-03-04"))
                .when().post("/api/annotate").then().statusCode(200);

        Scrape after = Scrape.now();
        String requests = "factline_annotate_requests_total";
        String timexes = "factline_timexes_found_total";
        assertEquals(before.value(requests) + 1, after.value(requests));
        assertTrue(after.value(timexes) >= before.value(timexes) + 2, "timexes " + after.value(timexes));
    }

    private static io.restassured.response.ValidatableResponse ingest(String url, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "outlet", "Harbour Gazette", "title", "Harbour reopens",
                        "publishedAt", "2026-03-04T08:00:00Z", "text", text))
                .when().post("/api/articles").then();
    }

    private static void addClaim(long eventId, String outlet, String date) {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://example.org/" + UUID.randomUUID(), "outlet", outlet,
                        "quote", "Ferries run again from this date.", "date", date))
                .when().post("/api/events/" + eventId + "/claims").then().statusCode(201);
    }
}
