package io.factline.temporal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AnnotateResourceTest {

    private static final String TEXT = "The envoys met on Tuesday and will travel to the border on Thursday night.";

    @Test
    void shouldAnnotateTextAgainstPublicationDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "publishedAt", "2026-01-21"))
                .when().post("/api/annotate")
                .then().statusCode(200)
                .body("timexes", hasSize(2))
                .body("timexes[0].text", equalTo("Tuesday"))
                .body("timexes[0].begin", equalTo(18))
                .body("timexes[0].end", equalTo(25))
                .body("timexes[0].type", equalTo("DATE"))
                .body("timexes[0].value", equalTo("2026-01-20"))
                .body("timexes[0].edtf", equalTo("2026-01-20"))
                .body("timexes[0].mod", nullValue())
                .body("timexes[1].text", equalTo("Thursday night"))
                .body("timexes[1].begin", equalTo(59))
                .body("timexes[1].end", equalTo(73))
                .body("timexes[1].type", equalTo("TIME"))
                .body("timexes[1].value", equalTo("2026-01-22TNI"));
    }

    @Test
    void shouldReturnModForApproximateDuration() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The war has lasted almost four years.", "publishedAt", "2026-01-21T08:00:00Z"))
                .when().post("/api/annotate")
                .then().statusCode(200)
                .body("timexes[0].text", equalTo("almost four years"))
                .body("timexes[0].type", equalTo("DURATION"))
                .body("timexes[0].value", equalTo("P4Y"))
                .body("timexes[0].mod", equalTo("APPROX"));
    }

    @Test
    void shouldAnswerCountTooLargeForAnIntegerAsVagueDuration() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The myth says it lasted 99999999999999999999 years.", "publishedAt", "2026-01-21"))
                .when().post("/api/annotate")
                .then().statusCode(200)
                .body("timexes[0].text", equalTo("99999999999999999999 years"))
                .body("timexes[0].type", equalTo("DURATION"))
                .body("timexes[0].value", equalTo("PXY"));
    }

    @Test
    void shouldAcceptLocalDateTimeAsPublicationDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The vote was held yesterday.", "publishedAt", "2026-01-21T19:30"))
                .when().post("/api/annotate")
                .then().statusCode(200)
                .body("timexes[0].value", equalTo("2026-01-20"));
    }

    @Test
    void shouldReturnEmptyListForTextWithoutDates() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "No dates here at all.", "publishedAt", "2026-01-21"))
                .when().post("/api/annotate")
                .then().statusCode(200)
                .body("timexes", hasSize(0));
    }

    @Test
    void shouldRejectMissingPublicationDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT))
                .when().post("/api/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", equalTo("publishedAt: is required (an ISO date such as 2026-01-21)"));
    }

    @Test
    void shouldRejectInvalidPublicationDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "publishedAt", "21/01/2026"))
                .when().post("/api/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", org.hamcrest.Matchers.startsWith("publishedAt: '21/01/2026' is not an ISO 8601 date"));
    }

    @Test
    void shouldRejectPublicationDateInYearZeroLikeEveryOtherDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "publishedAt", "0000-01-01"))
                .when().post("/api/annotate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("0001-01-01 to 9999-12-31"));
    }

    @Test
    void shouldRejectMissingText() {
        given().contentType(ContentType.JSON)
                .body(Map.of("publishedAt", "2026-01-21"))
                .when().post("/api/annotate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("text"))
                .body("detail", equalTo("text: is required"));
    }

    @Test
    void shouldRejectTextOverConfiguredLimit() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(2001), "publishedAt", "2026-01-21"))
                .when().post("/api/annotate")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .body("detail", equalTo("text has 2001 characters; the limit is 2000 (factline.annotate.max-text-length)"));
    }
}
