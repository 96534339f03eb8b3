package io.factline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryResourceTest {

    @Test
    void shouldRecordEveryVersionOfAnEventWithWhoAndWhat() {
        long id = Api.event("First title", List.of(), Api.uniqueTag());
        given().contentType(ContentType.JSON).body(Map.of("title", "Second title", "location", "Vienna"))
                .put("/api/events/" + id).then().statusCode(200);

        given().when().get("/api/events/" + id + "/history")
                .then().statusCode(200)
                .body("items.change", contains("ADD", "MOD"))
                .body("items.who", contains("local", "local"))
                .body("items[0].state.title", equalTo("First title"))
                .body("items[1].state.title", equalTo("Second title"))
                .body("items[1].changed", hasItems("title", "location", "tags"));
    }

    @Test
    void shouldRecordClaimRankChangesFromAResolution() {
        long id = Api.event("Visit", List.of(), Api.uniqueTag());
        long kept = Api.claim(id, "Wire A", "2026-01-22");
        long dropped = Api.claim(id, "Wire E", "2026-01-23");
        long conflictId = given().get("/api/conflicts?eventId=" + id).jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("status", "RESOLVED", "preferredClaimId", kept))
                .post("/api/conflicts/" + conflictId + "/resolution").then().statusCode(200);

        given().when().get("/api/claims/" + dropped + "/history")
                .then().statusCode(200)
                .body("items.state.rank", contains("NORMAL", "DEPRECATED"))
                .body("items[1].changed", contains("rank"));
        given().when().get("/api/conflicts/" + conflictId + "/history")
                .then().statusCode(200)
                .body("items[-1].state.status", equalTo("RESOLVED"));
    }

    @Test
    void shouldKeepHistoryOfDeletedClaim() {
        long id = Api.event("Visit", List.of(), Api.uniqueTag());
        long claim = Api.claim(id, "Wire A", "2026-01-22");
        given().delete("/api/claims/" + claim).then().statusCode(204);

        given().when().get("/api/claims/" + claim + "/history")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.change", hasItem("DEL"));
    }

    @Test
    void shouldAnswerUnknownRecordWith404() {
        given().when().get("/api/events/987654321/history")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
