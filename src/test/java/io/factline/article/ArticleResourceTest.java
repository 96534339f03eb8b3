package io.factline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ArticleResourceTest {

    private static final String TEXT = "The two envoys said they would fly to the capital on Thursday.";

    @Test
    void shouldIngestNewArticle() {
        String url = "https://wire-a.example/" + Api.uniqueTag();

        given().contentType(ContentType.JSON).body(Api.article(url, TEXT))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("url", equalTo(url))
                .body("outlet", equalTo("Wire A"))
                .body("publishedAt", equalTo("2026-01-21T09:30:00Z"))
                .body("publishedOn", equalTo("2026-01-21"))
                .body("version", equalTo(1))
                .body("outcome", equalTo("CREATED"))
                .body("contentHash.length()", equalTo(64))
                .body("events", org.hamcrest.Matchers.notNullValue())
                .body("claims", org.hamcrest.Matchers.notNullValue())
                .body("conflicts", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldAnswerSameIdsWhenSameArticleIsPostedAgain() {
        String marker = Api.uniqueTag();
        String url = "https://wire-a.example/" + marker;
        String text = TEXT + " " + marker;
        long id = given().contentType(ContentType.JSON).body(Api.article(url, text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        given().contentType(ContentType.JSON).body(Api.article(url, text))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("outcome", equalTo("UNCHANGED"))
                .body("version", equalTo(1))
                .body("claims", hasSize(0));
        given().get("/api/articles?q=" + marker).then().body("items", hasSize(1));
    }

    @Test
    void shouldStoreCorrectionAsNewVersion() {
        String url = "https://wire-a.example/" + Api.uniqueTag();
        long id = given().contentType(ContentType.JSON).body(Api.article(url, TEXT))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        given().contentType(ContentType.JSON).body(Api.article(url, TEXT + " Correction: on Friday."))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("outcome", equalTo("UPDATED"))
                .body("version", equalTo(2));
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("text", equalTo(TEXT + " Correction: on Friday."));
    }

    @Test
    void shouldReadArticleWithText() {
        String url = "https://wire-a.example/" + Api.uniqueTag();
        long id = given().contentType(ContentType.JSON).body(Api.article(url, TEXT))
                .post("/api/articles").then().extract().jsonPath().getLong("id");

        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("text", equalTo(TEXT))
                .body("title", equalTo("Envoys plan a trip"));
    }

    @Test
    void shouldListArticlesByOutletAndTextNewestFirst() {
        String marker = Api.uniqueTag();
        Map<String, Object> first = Api.article("https://wire-z.example/1-" + marker, "First " + marker);
        first.put("outlet", "Wire Z " + marker);
        Map<String, Object> second = Api.article("https://wire-z.example/2-" + marker, "Second " + marker);
        second.put("outlet", "Wire Z " + marker);
        given().contentType(ContentType.JSON).body(first).post("/api/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).body(second).post("/api/articles").then().statusCode(201);

        given().when().get("/api/articles?outlet=wire z " + marker + "&limit=1")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].url", equalTo("https://wire-z.example/2-" + marker))
                .body("items[0].text", nullValue())
                .body("next", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/articles?q=first " + marker)
                .then().body("items.url", org.hamcrest.Matchers.contains("https://wire-z.example/1-" + marker));
    }

    @Test
    void shouldRejectInvalidPublicationDate() {
        Map<String, Object> body = Api.article("https://wire-a.example/" + Api.uniqueTag(), TEXT);
        body.put("publishedAt", "21/01/2026");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    /** Year 0 was accepted here while every EDTF date refused it; one range for every date a client sends. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0000-06-01T12:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
        "0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"})
    void shouldRejectPublicationTimeOutsideYearsOneTo9999AndStoreNothing(String publishedAt) {
        String outlet = "Range Wire " + Api.uniqueTag();
        Map<String, Object> body = Api.article("https://range.example/" + Api.uniqueTag(), TEXT);
        body.put("outlet", outlet);
        body.put("publishedAt", publishedAt);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("0001-01-01 to 9999-12-31"));
        given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "9999-12-31T23:59:59Z"})
    void shouldAcceptPublicationTimesAtTheEndsOfTheRange(String publishedAt) {
        Map<String, Object> body = Api.article("https://range.example/" + Api.uniqueTag(), TEXT);
        body.put("publishedAt", publishedAt);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201);
    }

    @Test
    void shouldRejectMissingFieldsAndBadUrl() {
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://nope", "text", "x"))
                .when().post("/api/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", org.hamcrest.Matchers.contains("outlet", "publishedAt", "title", "url"));
    }

    @Test
    void shouldRejectUrlWithControlCharacter() {
        given().contentType(ContentType.JSON)
                .body(Api.article("https://wire-a.example/" + Api.uniqueTag() + "\u0007x", TEXT))
                .when().post("/api/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", equalTo("must be an http(s) URL"));
    }

    @Test
    void shouldRejectOverlongTextWith413() {
        given().contentType(ContentType.JSON)
                .body(Api.article("https://wire-a.example/" + Api.uniqueTag(), "word ".repeat(50_000)))
                .when().post("/api/articles")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", org.hamcrest.Matchers.containsString("factline.limits.article-text-length"));
    }

    @Test
    void shouldAnswerUnknownArticleWith404() {
        given().when().get("/api/articles/987654321").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
