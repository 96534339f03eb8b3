package io.factline.conflict;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConflictResourceTest {

    @Test
    void shouldFlagDateConflictWithReadableExplanation() {
        long id = Api.event("Envoys meet the president", List.of(), Api.uniqueTag());
        long a = Api.claim(id, "Bloomberg", "2026-01-22");
        long b = Api.claim(id, "Interfax", "2026-01-22");
        long e = Api.claim(id, "Wire E", "2026-01-23");

        JsonPath event = given().get("/api/events/" + id).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(event.getBoolean("conflicted"));
        given().when().get("/api/conflicts?eventId=" + id)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("DATE"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].eventIds", contains((int) id))
                .body("items[0].claimIds", containsInAnyOrder((int) a, (int) b, (int) e))
                .body("items[0].explanation",
                        equalTo("Wire E dates this to 23 January 2026; Bloomberg and Interfax to 22 January 2026"));
    }

    @Test
    void shouldNotFlagMonthAgainstDayInsideIt() {
        long id = Api.datedEvent("Draft handed over", Api.uniqueTag(), "2026-01", "2026-01-14");

        given().get("/api/events/" + id).then()
                .body("conflicted", equalTo(false))
                .body("conflicts", empty())
                .body("date.value", equalTo("2026-01-14"));
    }

    @Test
    void shouldFlagContradictionBetweenAssertionAndDenial() {
        long id = Api.event("Documents received", List.of(), Api.uniqueTag());
        long asserting = Api.claim(id, "Bloomberg", "2026-01", "ASSERTS", "people familiar with the matter");
        long denying = Api.claim(id, "Interfax", "2026-01-20", "DENIES", "Sergei Lavrov");

        given().when().get("/api/conflicts?eventId=" + id + "&status=OPEN")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("CONTRADICTION"))
                .body("items[0].claimIds", containsInAnyOrder((int) asserting, (int) denying))
                .body("items[0].explanation", equalTo("Bloomberg (people familiar with the matter) asserts this; "
                        + "Interfax (Sergei Lavrov) denies it"));
    }

    @Test
    void shouldResolveWithPreferredClaimAndRerank() {
        long id = Api.event("Trip to Moscow", List.of(), Api.uniqueTag());
        long right = Api.claim(id, "Wire A", "2026-01-22");
        long wrong = Api.claim(id, "Wire E", "2026-01-23");
        long vague = Api.claim(id, "Wire C", "2026-01");
        long conflictId = conflictOf(id);

        given().contentType(ContentType.JSON)
                .body(Map.of("status", "RESOLVED", "preferredClaimId", wrong, "note", "Flight records say the 23rd"))
                .when().post("/api/conflicts/" + conflictId + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("note", equalTo("Flight records say the 23rd"));

        JsonPath event = given().get("/api/events/" + id).then().extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals("2026-01-23", event.getString("date.value")),
                () -> org.junit.jupiter.api.Assertions.assertFalse(event.getBoolean("conflicted")),
                () -> org.junit.jupiter.api.Assertions.assertEquals("PREFERRED", rank(event, wrong)),
                () -> org.junit.jupiter.api.Assertions.assertEquals("DEPRECATED", rank(event, right)),
                () -> org.junit.jupiter.api.Assertions.assertEquals("NORMAL", rank(event, vague)));
    }

    @Test
    void shouldKeepResolutionUntilNewClaimDisagrees() {
        long id = Api.event("Visit", List.of(), Api.uniqueTag());
        Api.claim(id, "Wire A", "2026-01-22");
        Api.claim(id, "Wire E", "2026-01-23");
        long conflictId = conflictOf(id);
        given().contentType(ContentType.JSON).body(Map.of("status", "DISMISSED", "note", "Time zones"))
                .post("/api/conflicts/" + conflictId + "/resolution").then().statusCode(200);

        Api.claim(id, "Wire C", "2026-01");
        given().get("/api/conflicts/" + conflictId).then().body("status", equalTo("DISMISSED"));
        given().get("/api/events/" + id).then().body("conflicted", equalTo(false));

        Api.claim(id, "Wire F", "2026-01-25");
        given().get("/api/conflicts/" + conflictId).then().body("status", equalTo("OPEN"));
        given().get("/api/events/" + id).then().body("conflicted", equalTo(true));
    }

    @Test
    void shouldRemoveConflictWhenDisagreeingClaimIsDeleted() {
        long id = Api.event("Visit", List.of(), Api.uniqueTag());
        Api.claim(id, "Wire A", "2026-01-22");
        long odd = Api.claim(id, "Wire E", "2026-01-23");

        given().delete("/api/claims/" + odd).then().statusCode(204);

        given().get("/api/conflicts?eventId=" + id).then().body("items", empty());
        given().get("/api/events/" + id).then().body("conflicted", equalTo(false));
    }

    @Test
    void shouldRejectPreferredClaimOutsideTheConflict() {
        long id = Api.datedEvent("Visit", Api.uniqueTag(), "2026-01-22", "2026-01-23");
        long conflictId = conflictOf(id);

        given().contentType(ContentType.JSON).body(Map.of("status", "RESOLVED", "preferredClaimId", 987654321))
                .when().post("/api/conflicts/" + conflictId + "/resolution")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("preferredClaimId"));
        given().get("/api/conflicts/" + conflictId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldRejectResolutionWithoutStatus() {
        long id = Api.datedEvent("Visit", Api.uniqueTag(), "2026-01-22", "2026-01-23");

        given().contentType(ContentType.JSON).body(Map.of("note", "?"))
                .when().post("/api/conflicts/" + conflictOf(id) + "/resolution")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectUnknownStatusFilter() {
        given().when().get("/api/conflicts?status=SETTLED")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldNotResolveUnknownConflict() {
        given().contentType(ContentType.JSON).body(Map.of("status", "RESOLVED"))
                .when().post("/api/conflicts/987654321/resolution")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    private static long conflictOf(long eventId) {
        return given().get("/api/conflicts?eventId=" + eventId).jsonPath().getLong("items[0].id");
    }

    private static String rank(JsonPath event, long claimId) {
        return event.getString("claims.find { it.id == " + claimId + " }.rank");
    }
}
