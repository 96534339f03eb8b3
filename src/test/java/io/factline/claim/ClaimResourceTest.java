package io.factline.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void shouldAddClaimWithEveryField() {
        long eventId = Api.event("Envoys fly to Moscow", List.of("Steve Witkoff"), Api.uniqueTag());
        Map<String, Object> body = new HashMap<>();
        body.put("sourceUrl", "https://wire-a.example/2026/01/21/envoys");
        body.put("outlet", "Wire A");
        body.put("attributedTo", "a Kremlin spokesman");
        body.put("quote", "The envoys are expected in Moscow on Thursday.");
        body.put("begin", 120);
        body.put("end", 166);
        body.put("stance", "ASSERTS");
        body.put("date", "2026-01-22");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/claims/"
                        + given().get("/api/events/" + eventId).jsonPath().getLong("claims[0].id")))
                .body("eventId", equalTo((int) eventId))
                .body("articleId", nullValue())
                .body("sourceUrl", equalTo("https://wire-a.example/2026/01/21/envoys"))
                .body("outlet", equalTo("Wire A"))
                .body("attributedTo", equalTo("a Kremlin spokesman"))
                .body("quote", equalTo("The envoys are expected in Moscow on Thursday."))
                .body("begin", equalTo(120))
                .body("end", equalTo(166))
                .body("stance", equalTo("ASSERTS"))
                .body("date.value", equalTo("2026-01-22"))
                .body("rank", equalTo("NORMAL"))
                .body("extracted", equalTo(false));
    }

    @Test
    void shouldTakeSourceFromReferencedArticle() {
        long articleId = given().contentType(ContentType.JSON)
                .body(Api.article("https://wire-a.example/claims/" + Api.uniqueTag(), "Some text about a trip."))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long eventId = Api.event("Trip", List.of(), Api.uniqueTag());

        given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "date", "2026-01"))
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(201)
                .body("articleId", equalTo((int) articleId))
                .body("outlet", equalTo("Wire A"))
                .body("date.precision", equalTo("MONTH"));
    }

    @Test
    void shouldRedateEventWhenClaimIsUpdatedOrDeleted() {
        long eventId = Api.datedEvent("Visit", Api.uniqueTag(), "2026-01-22");
        long claimId = given().get("/api/events/" + eventId).jsonPath().getLong("claims[0].id");

        given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://x.example/1", "outlet", "Outlet 1", "date", "2026-02-05"))
                .when().put("/api/claims/" + claimId)
                .then().statusCode(200).body("date.value", equalTo("2026-02-05"));
        given().get("/api/events/" + eventId).then().body("date.value", equalTo("2026-02-05"));

        given().when().delete("/api/claims/" + claimId).then().statusCode(204);
        given().get("/api/events/" + eventId).then()
                .body("date", nullValue())
                .body("claims", hasSize(0));
    }

    @Test
    void shouldRejectInvalidDateNamingTheField() {
        long eventId = Api.event("Visit", List.of(), Api.uniqueTag());

        given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://x.example/1", "outlet", "Wire", "date", "2026-02-30"))
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("date"));
        given().get("/api/events/" + eventId).then().body("claims", hasSize(0));
    }

    @Test
    void shouldRequireArticleOrSource() {
        long eventId = Api.event("Visit", List.of(), Api.uniqueTag());

        given().contentType(ContentType.JSON).body(Map.of("outlet", "Wire"))
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Give either articleId, or both sourceUrl and outlet"));
    }

    @Test
    void shouldRejectUnknownArticle() {
        long eventId = Api.event("Visit", List.of(), Api.uniqueTag());

        given().contentType(ContentType.JSON).body(Map.of("articleId", 987654321))
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("articleId"));
    }

    @Test
    void shouldRejectUnknownStance() {
        long eventId = Api.event("Visit", List.of(), Api.uniqueTag());

        given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://x.example/1", "outlet", "Wire", "stance", "MAYBE"))
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", org.hamcrest.Matchers.containsString("'stance'"));
    }

    @Test
    void shouldNotAddClaimToUnknownEvent() {
        given().contentType(ContentType.JSON).body(Map.of("sourceUrl", "https://x.example/1", "outlet", "Wire"))
                .when().post("/api/events/987654321/claims")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldNotTouchUnknownClaim() {
        given().when().delete("/api/claims/987654321").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("sourceUrl", "https://x.example/1", "outlet", "Wire"))
                .when().put("/api/claims/987654321").then().statusCode(404);
    }
}
