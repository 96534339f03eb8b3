package io.factline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.factline.Api;
import io.factline.extraction.HoldingTheDatabaseOnMarker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests other than an ingest whose transaction outlives its timeout (four seconds here) while
 * its connection is busy, and requests that find every connection busy: each answers 503 with
 * Retry-After, changes nothing, is counted, and the service goes on answering and storing. The
 * connection of a timed-out request is free again once it is answered, and on PostgreSQL its
 * statement no longer runs on the server. On H2 and on PostgreSQL alike.
 */
@QuarkusTest
@TestProfile(HoldingTheDatabaseOnMarkedEvent.class)
class TimedOutTransactionResourceTest {

    private static final String MARKER = HoldingTheDatabaseOnMarkedEvent.MARKER;
    /** A bound on correctness, not a speed target: the pool is free at once, this only allows for load. */
    private static final Duration FREED_WITHIN = Duration.ofSeconds(5);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "factline.db.kind")
    String kind;

    @BeforeEach
    void createSleepAlias() throws SQLException {
        HoldingTheDatabaseOnMarker.createSleepAlias(dataSource, kind);
        warmUp();
    }

    /**
     * The first write loads Hibernate's query classes, which can take longer than the four seconds
     * on a busy machine (and is then rightly answered 503); afterwards writes take milliseconds.
     */
    private static void warmUp() {
        for (int attempt = 0; attempt < 3; attempt++) {
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("title", "Warm-up", "participants", List.of("Harbour Board")))
                    .when().post("/api/events").then().extract().statusCode();
            if (status == 201) {
                return;
            }
            assertEquals(503, status);
        }
    }

    @Test
    void shouldAnswer503AndKeepTheEventWhenItsEditOutlivesItsTransaction() {
        long id = Api.event("Ferry pier reopened", List.of("Harbour Board"), Api.uniqueTag());
        double before = unavailable("timeout");

        unavailable(given().contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry pier reopened " + MARKER, "participants", List.of("Harbour Board")))
                .when().put("/api/events/" + id));

        assertEquals(before + 1, unavailable("timeout"));
        given().when().get("/api/events/" + id).then().statusCode(200).body("title", equalTo("Ferry pier reopened"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry pier reopened at dawn", "participants", List.of("Harbour Board")))
                .when().put("/api/events/" + id)
                .then().statusCode(200).body("title", equalTo("Ferry pier reopened at dawn"));
    }

    @Test
    void shouldAnswer503AndAddNoClaimWhenAddingItOutlivesItsTransaction() {
        long id = Api.event("Tunnel closed for repairs", List.of(), Api.uniqueTag());

        unavailable(given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://wire-q.example/tunnel", "outlet", "Wire Q",
                        "date", "2026-03-02", "quote", "Crews " + MARKER + " closed it."))
                .when().post("/api/events/" + id + "/claims"));

        given().when().get("/api/events/" + id).then().statusCode(200).body("claims", empty());
        Api.claim(id, "Wire R", "2026-03-03");
        given().when().get("/api/events/" + id).then().statusCode(200)
                .body("claims", hasSize(1)).body("date.value", equalTo("2026-03-03"));
    }

    @Test
    void shouldAnswer503AndLeaveTheConflictOpenWhenItsResolutionOutlivesItsTransaction() {
        long id = Api.datedEvent("Dam inspected", Api.uniqueTag(), "2026-04-06", "2026-04-08");
        long conflictId = given().when().get("/api/conflicts?eventId=" + id)
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath().getLong("items[0].id");

        unavailable(given().contentType(ContentType.JSON)
                .body(Map.of("status", "DISMISSED", "note", "Checked " + MARKER))
                .when().post("/api/conflicts/" + conflictId + "/resolution"));

        given().when().get("/api/conflicts/" + conflictId).then().statusCode(200).body("status", equalTo("OPEN"));
        given().contentType(ContentType.JSON).body(Map.of("status", "DISMISSED", "note", "Checked by phone"))
                .when().post("/api/conflicts/" + conflictId + "/resolution")
                .then().statusCode(200).body("status", equalTo("DISMISSED"));
    }

    @Test
    void shouldFreeTheConnectionOfATimedOutRequestOnceItIsAnswered() throws Exception {
        waitUntilNoConnectionIsTaken(Duration.ofSeconds(20));
        long id = Api.event("Slipway resurfaced", List.of("Harbour Board"), Api.uniqueTag());
        long sent = System.nanoTime();

        unavailable(given().contentType(ContentType.JSON)
                .body(Map.of("title", "Slipway resurfaced " + MARKER, "participants", List.of("Harbour Board")))
                .when().put("/api/events/" + id));

        Duration answeredAfter = Duration.ofNanos(System.nanoTime() - sent);
        waitUntilNoConnectionIsTaken(FREED_WITHIN);
        if ("postgresql".equals(kind)) {
            // pg_sleep would hold for 60 s: an answer well before that means the rollback cancelled it
            assertTrue(answeredAfter.toMillis() < HoldingTheDatabaseOnMarkedEvent.PG_HOLD_MS / 2,
                    "answered after " + answeredAfter.toMillis() + " ms: the request waited for its statement");
            assertEquals(0, heldStatementsRunning(), "the held statement still runs on the server");
        }
    }

    @Test
    void shouldAnswer503WhenEveryConnectionIsBusyAndServeOnceOneIsFree() throws InterruptedException {
        waitUntilNoConnectionIsTaken(Duration.ofSeconds(20));
        List<Long> held = List.of(Api.event("Bridge repainted", List.of(), Api.uniqueTag()),
                Api.event("Quay widened", List.of(), Api.uniqueTag()));
        long other = Api.event("Lock gates replaced", List.of(), Api.uniqueTag());
        double before = unavailable("busy");
        var pool = dataSource.getConfiguration().connectionPoolConfiguration();
        Duration usualAcquisition = pool.acquisitionTimeout();
        pool.setAcquisitionTimeout(HoldingTheDatabaseOnMarkedEvent.ACQUISITION);
        try {
            // Two held edits (of two events, so that neither waits for the other's row lock) take both
            // of the pool's connections until their transactions time out.
            List<CompletableFuture<Integer>> holding = held.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                            .body(Map.of("title", "Repainted " + MARKER, "participants", List.of()))
                            .when().put("/api/events/" + id).then().extract().statusCode()))
                    .toList();
            waitUntilBothConnectionsAreTaken();

            unavailable(given().when().get("/api/events/" + other));

            assertEquals(before + 1, unavailable("busy"));
            holding.forEach(edit -> assertEquals(503, edit.join()));
        } finally {
            pool.setAcquisitionTimeout(usualAcquisition);
        }
        given().when().get("/api/events/" + other).then().statusCode(200).body("title", equalTo("Lock gates replaced"));
    }

    /** Waits up to {@code bound} until no request holds a connection of the pool. */
    private void waitUntilNoConnectionIsTaken(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (dataSource.getMetrics().activeCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, dataSource.getMetrics().activeCount(), "a connection stayed taken for " + bound);
    }

    /** PostgreSQL: how many statements of the held kind the server is running for any connection. */
    private long heldStatementsRunning() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet running = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()")) {
            running.next();
            return running.getLong(1);
        }
    }

    private void waitUntilBothConnectionsAreTaken() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (dataSource.getMetrics().activeCount() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(2, dataSource.getMetrics().activeCount(), "the held edits did not take both connections");
    }

    private static void unavailable(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "9")
                .body("status", equalTo(503))
                .body("detail", containsString("send it again"));
    }

    private static double unavailable(String reason) {
        String series = "factline_requests_unavailable_total{reason=\"" + reason + "\"}";
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        throw new AssertionError("no series " + series + " in /q/metrics");
    }
}
