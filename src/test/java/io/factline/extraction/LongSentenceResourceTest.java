package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text without sentence punctuation is read in pieces: no quote outgrows its column, nothing fails. */
@QuarkusTest
@SuppressWarnings("unchecked")
class LongSentenceResourceTest {

    /** Longer than the 8,000 characters a stored quote may have, in one run without a full stop. */
    private static final String RUN_ON = "the harbour master Olga Brandt met the mayor Piet Janssen in Rotterdam on Tuesday and "
            .repeat(120).trim();

    @Test
    void shouldIngestSentenceLongerThanQuoteColumn() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://harbour.example/run-on", "outlet", "Harbour Wire",
                        "title", "A sentence without end", "publishedAt", "2026-01-21T09:30:00Z", "text", RUN_ON))
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();

        List<Map<String, Object>> claims = answer.getList("claims");
        assertThat(claims, not(empty()));
        for (Map<String, Object> claim : claims) {
            String quote = (String) claim.get("quote");
            assertThat(quote.length(), lessThanOrEqualTo(ArticleReader.MAX_SENTENCE_LENGTH));
            assertThat(RUN_ON.substring((Integer) claim.get("begin"), (Integer) claim.get("end")), equalTo(quote));
        }
    }
}
