package io.factline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every client error answers application/problem+json with a detail a person can act on. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void shouldRejectMalformedJsonWithProblem() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRejectABodyCutOffInsideAStringAsInvalidJson() {
        given().contentType(ContentType.JSON).body("{\"title\": \"unfinished")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRejectContentAfterTheJsonValue() {
        given().contentType(ContentType.JSON).body("{\"title\": \"First\"} {\"title\": \"Second\"}")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("not valid JSON"));
    }

    /** A record body with a field given twice failed inside Jackson's own definitions: 500. */
    @Test
    void shouldRejectAFieldGivenTwiceNamingIt() {
        given().contentType(ContentType.JSON).body("{\"title\": \"First\", \"title\": \"Second\"}")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("gives a field twice ('title')"));
    }

    @Test
    void shouldRejectWrongTypeNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": \"ok\", \"participants\": \"Putin\"}")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Field 'participants' has a value of the wrong type"));
    }

    @Test
    void shouldRejectNumberWhereTextIsExpected() {
        given().contentType(ContentType.JSON).body("{\"title\": 42}")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("'title'"));
    }

    @Test
    void shouldRejectMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRejectMissingRequiredFieldNamingIt() {
        given().contentType(ContentType.JSON).body("{\"summary\": \"no title\"}")
                .when().post("/api/events")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("title"))
                .body("detail", equalTo("title: must not be blank"));
    }

    @Test
    void shouldRejectWrongMediaType() {
        given().contentType(ContentType.TEXT).body("title")
                .when().post("/api/events")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Send the request body as application/json"));
    }

    @Test
    void shouldRejectWrongMethod() {
        given().when().patch("/api/events")
                .then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAnswerUnknownPathWithProblem() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAnswerUnknownIdWithProblem() {
        given().when().get("/api/events/987654321")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Event 987654321 does not exist"));
    }

    @Test
    void shouldRejectLimitAboveMaximum() {
        given().when().get("/api/events?limit=501")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("limit"))
                .body("detail", equalTo("limit: must be between 1 and 500"));
    }

    @Test
    void shouldRejectLimitThatIsNotANumber() {
        given().when().get("/api/timeline?limit=many")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRejectMalformedCursor() {
        given().when().get("/api/timeline?cursor=not-a-cursor")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/conflicts?cursor=%%%")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRejectInvalidDateFilterNamingTheField() {
        given().when().get("/api/timeline?from=2026-02-30")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("February 2026 has 28 days"));
        given().when().get("/api/events?to=2026-13")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectNonBooleanConflictedFilter() {
        given().when().get("/api/timeline?conflicted=maybe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("conflicted: must be true or false"));
    }

    @Test
    void shouldRejectOversizeBodyWith413() {
        String huge = "x".repeat(3 * 1024 * 1024);
        given().contentType(ContentType.JSON).body("{\"title\": \"" + huge + "\"}")
                .when().post("/api/events")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("quarkus.http.limits.max-body-size"));
    }
}
