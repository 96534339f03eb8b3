package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An article one of whose sentences makes a rule throw is stored, with the other sentences' events. */
@QuarkusTest
@TestProfile(ThrowingOnMarker.class)
class SentenceFailureResourceTest {

    private static final String FAILURES = "factline_extraction_sentence_failures_total";

    @Test
    void shouldStoreTheArticleAndTheOtherSentencesEventsWhenARuleThrowsOnOne() {
        String url = "https://harbour-gazette.example/" + UUID.randomUUID();
        String text = "The ferry operator cancelled the crossing on Monday. "
                + "Harbour staff painted the " + ThrowingOnMarker.MARKER + " pier on Tuesday. "
                + "The crossing resumed on Thursday, the operator said.";
        double before = failures();

        long id = given().contentType(ContentType.JSON).body(Api.article(url, text))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("claims.quote", hasItem(containsString("cancelled the crossing")))
                .body("claims.quote", hasItem(containsString("resumed on Thursday")))
                .body("claims.quote", everyItem(not(containsString(ThrowingOnMarker.MARKER))))
                .extract().jsonPath().getLong("id");

        given().when().get("/api/articles/" + id).then().statusCode(200).body("text", equalTo(text));
        assertEquals(before + 1, failures());
    }

    @Test
    void shouldCountNothingForAnArticleThatReadsWell() {
        double before = failures();

        given().contentType(ContentType.JSON)
                .body(Api.article("https://harbour-gazette.example/" + UUID.randomUUID(),
                        "The ferry operator cancelled the crossing on Monday."))
                .when().post("/api/articles").then().statusCode(201);

        assertEquals(before, failures());
    }

    private static double failures() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(FAILURES + " ")) {
                return Double.parseDouble(line.substring(FAILURES.length() + 1));
            }
        }
        throw new AssertionError("no series " + FAILURES + " in /q/metrics");
    }
}
