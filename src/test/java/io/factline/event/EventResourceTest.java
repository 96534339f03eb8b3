package io.factline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    @Test
    void shouldCreateEventWithoutDateUntilAClaimGivesOne() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Summit in Alaska", "summary", "Leaders meet", "kind", "summit",
                        "location", "Anchorage", "participants", List.of("Donald Trump", "Vladimir Putin"),
                        "tags", List.of("summits")))
                .when().post("/api/events")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/events/"))
                .body("title", equalTo("Summit in Alaska"))
                .body("kind", equalTo("summit"))
                .body("location", equalTo("Anchorage"))
                .body("participants", contains("Donald Trump", "Vladimir Putin"))
                .body("tags", contains("summits"))
                .body("date", nullValue())
                .body("conflicted", equalTo(false))
                .body("claims", empty())
                .body("conflicts", empty());
    }

    @Test
    void shouldReadEventWithItsClaimsAndDerivedDate() {
        long id = Api.event("Talks in Davos", List.of("Kirill Dmitriev"), Api.uniqueTag());
        Api.claim(id, "Tass", "2026-01-20");

        given().when().get("/api/events/" + id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("date.value", equalTo("2026-01-20"))
                .body("date.precision", equalTo("DAY"))
                .body("date.display", equalTo("20 January 2026"))
                .body("claims[0].outlet", equalTo("Tass"))
                .body("claims[0].eventId", equalTo((int) id));
    }

    @Test
    void shouldReplaceEventFieldsOnUpdate() {
        long id = Api.event("Old title", List.of("A Person"), "old-tag");

        given().contentType(ContentType.JSON)
                .body(Map.of("title", "New title", "participants", List.of("B Person"), "tags", List.of("new-tag")))
                .when().put("/api/events/" + id)
                .then().statusCode(200)
                .body("title", equalTo("New title"))
                .body("participants", contains("B Person"))
                .body("tags", contains("new-tag"));
    }

    @Test
    void shouldDeleteEventWithItsClaimsAndConflicts() {
        long id = Api.datedEvent("Disputed visit", Api.uniqueTag(), "2026-01-22", "2026-01-23");
        long claimId = given().when().get("/api/events/" + id).then().extract().jsonPath().getLong("claims[0].id");

        given().when().delete("/api/events/" + id).then().statusCode(204);

        given().when().get("/api/events/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().when().get("/api/claims/" + claimId).then().statusCode(404);
        given().when().get("/api/conflicts?eventId=" + id).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldNotUpdateUnknownEvent() {
        given().contentType(ContentType.JSON).body(Map.of("title", "x"))
                .when().put("/api/events/987654321")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldNotDeleteUnknownEvent() {
        given().when().delete("/api/events/987654321")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRejectOverlongTitleAndBlankParticipant() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x".repeat(501), "participants", List.of(" ")))
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("participants[0]", "title"));
    }

    @Test
    void shouldRejectParticipantWithoutLetters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x", "participants", List.of("--")))
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("participants"));
    }

    @Test
    void shouldListEventsAsTimelineWithFilters() {
        String tag = Api.uniqueTag();
        Api.datedEvent("Later", tag, "2026-03-01");
        Api.datedEvent("Earlier", tag, "2026-01-01");

        given().when().get("/api/events?tag=" + tag)
                .then().statusCode(200)
                .body("items.title", contains("Earlier", "Later"))
                .body("next", nullValue());
    }
}
