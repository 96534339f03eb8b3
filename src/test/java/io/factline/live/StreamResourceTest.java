package io.factline.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreamResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/stream")
    URI stream;

    @Test
    void shouldStreamEventAndConflictChangesAfterCommit() throws Exception {
        String person = "Live Person " + UUID.randomUUID();
        try (SseClient client = open(person)) {
            assertTrue(client.response().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            long id = Api.event("Talks announced", List.of(person), Api.uniqueTag());
            JsonNode created = data(client.await(m -> isEvent(m, id), WAIT));
            assertEquals("Talks announced", created.at("/event/title").asText());
            assertEquals(false, created.get("deleted").asBoolean());

            Api.claim(id, "Wire A", "2026-01-22");
            Api.claim(id, "Wire B", "2026-01-23");
            JsonNode conflict = data(client.await(m -> m.name().equals("conflict-changed")
                    && data(m).at("/conflict/eventIds").toString().equals("[" + id + "]"), WAIT));
            assertEquals("DATE", conflict.at("/conflict/type").asText());
            assertEquals("OPEN", conflict.at("/conflict/status").asText());
            client.await(m -> isEvent(m, id) && data(m).at("/event/conflicted").asBoolean(), WAIT);

            long conflictId = conflict.get("id").asLong();
            given().contentType(ContentType.JSON).body(Map.of("status", "DISMISSED", "note", "Same day, time zones"))
                    .when().post("/api/conflicts/" + conflictId + "/resolution").then().statusCode(200);
            client.await(m -> m.name().equals("conflict-changed") && data(m).get("id").asLong() == conflictId
                    && data(m).at("/conflict/status").asText().equals("DISMISSED"), WAIT);

            given().when().delete("/api/events/" + id).then().statusCode(204);
            client.await(m -> isEvent(m, id) && data(m).get("deleted").asBoolean(), WAIT);
        }
    }

    @Test
    void shouldOnlySendChangesInvolvingTheEntityByAnyAlias() throws Exception {
        String tag = Api.uniqueTag();
        String name = "Filter Person " + tag;
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "PERSON", "aliases", List.of("Alias " + tag)))
                .when().post("/api/entities").then().statusCode(200);

        try (SseClient client = open("ALIAS " + tag)) {
            long other = Api.event("Someone else's meeting", List.of("Other Person " + tag), tag);
            long mine = Api.event("My meeting", List.of(name), tag);

            client.await(m -> isEvent(m, mine), WAIT);
            assertTrue(client.seen().stream().noneMatch(m -> isEvent(m, other)),
                    "a change to an event without the entity reached the filtered stream: " + client.seen());
        }
    }

    @Test
    void shouldRejectOverlongEntityFilterWithProblem() {
        given().queryParam("entity", "x".repeat(301))
                .when().get("/api/stream")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private SseClient open(String entity) throws Exception {
        SseClient client = SseClient.open(URI.create(stream + "?entity="
                + URLEncoder.encode(entity, StandardCharsets.UTF_8)));
        client.await(m -> m.isComment("connected"), WAIT);
        return client;
    }

    private static boolean isEvent(SseClient.Message m, long id) {
        return m.name().equals("event-changed") && data(m).get("id").asLong() == id;
    }

    private static JsonNode data(SseClient.Message m) {
        try {
            return JSON.readTree(m.data());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + m.data(), e);
        }
    }
}
