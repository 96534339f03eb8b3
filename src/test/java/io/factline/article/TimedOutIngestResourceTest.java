package io.factline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.factline.Api;
import io.factline.extraction.HoldingTheDatabaseOnMarker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ingest that outlives its transaction timeout (four seconds here) while its connection is busy:
 * the reaper rolls it back, and on the way interrupts its own thread in the middle of H2's file
 * access. The client gets 503 with Retry-After, nothing of the article is stored, and the service
 * goes on answering and storing.
 */
@QuarkusTest
@TestProfile(HoldingTheDatabaseOnMarker.class)
class TimedOutIngestResourceTest {

    private static final String TIMEOUTS = "factline_ingest_timeouts_total";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "factline.db.kind")
    String kind;

    @BeforeEach
    void createSleepAlias() throws SQLException {
        HoldingTheDatabaseOnMarker.createSleepAlias(dataSource, kind);
    }

    @Test
    void shouldAnswer503AndStoreNothingWhenAnIngestOutlivesItsTimeout() {
        warmUp();
        int articles = count("/api/articles");
        int events = count("/api/events");
        int entities = count("/api/entities");
        double timeouts = timeouts();
        String name = uniqueName();

        timeOut(name);

        assertEquals(timeouts + 1, timeouts());
        given().queryParam("q", name).when().get("/api/articles")
                .then().statusCode(200).body("items", empty());
        assertEquals(articles, count("/api/articles"));
        assertEquals(events, count("/api/events"));
        assertEquals(entities, count("/api/entities"));
    }

    @Test
    void shouldGoOnAnsweringAndStoringAfterTimedOutIngests() {
        warmUp();
        String[] later = {"The mayor reopened the ferry pier on Tuesday.", "Firefighters closed the tunnel on Friday."};
        for (String text : later) {
            timeOut(uniqueName());

            given().when().get("/api/events").then().statusCode(200);
            long id = ingestSmall(text);
            given().when().get("/api/articles/" + id).then().statusCode(200).body("text", equalTo(text));
        }
    }

    /**
     * The first ingest loads the extraction models, which can take longer than the timeout on a
     * busy machine; afterwards the timed-out ingests reach their slow sentence at once.
     */
    private static void warmUp() {
        for (int attempt = 0; attempt < 3; attempt++) {
            int status = given().contentType(ContentType.JSON)
                    .body(Api.article("https://warm.example/" + UUID.randomUUID(), "Crews repainted the lighthouse on Monday."))
                    .when().post("/api/articles").then().extract().statusCode();
            if (status == 201) {
                return;
            }
            assertEquals(503, status);
        }
    }

    /** Posts an article whose first sentence keeps the database busy past the timeout: 503. */
    private static void timeOut(String name) {
        String text = "The board was " + HoldingTheDatabaseOnMarker.MARKER + " about the tender on Monday. "
                + "Engineer " + name + " inspected the dam in Linz on Tuesday, officials said. "
                + name + " will present the report on Friday.";
        given().contentType(ContentType.JSON).body(Api.article("https://slow.example/" + UUID.randomUUID(), text))
                .when().post("/api/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("status", equalTo(503))
                .body("detail", containsString("factline.ingest.timeout"));
    }

    /** Ingests a one-sentence article, which must be stored with the event extraction found in it. */
    private static long ingestSmall(String text) {
        return given().contentType(ContentType.JSON).body(Api.article("https://small.example/" + UUID.randomUUID(), text))
                .when().post("/api/articles")
                .then().statusCode(201).body("events", not(empty())).extract().jsonPath().getLong("id");
    }

    private static double timeouts() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(TIMEOUTS + " ")) {
                return Double.parseDouble(line.substring(TIMEOUTS.length() + 1));
            }
        }
        throw new AssertionError("no series " + TIMEOUTS + " in /q/metrics");
    }

    private static int count(String path) {
        return given().queryParam("limit", 500).when().get(path)
                .then().statusCode(200).body("next", nullValue()).extract().jsonPath().getList("items").size();
    }

    /** A made-up surname no other article holds, letters only so that it reads as a name. */
    private static String uniqueName() {
        StringBuilder name = new StringBuilder("Vel");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return name.toString();
    }
}
