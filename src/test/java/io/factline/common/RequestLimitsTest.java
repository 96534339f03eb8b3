package io.factline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Requests over the size limits are refused as problem+json before they reach a resource. */
@QuarkusTest
class RequestLimitsTest {

    /** 300 characters of Cyrillic: the longest {@code q}, 5,400 bytes once percent-encoded. */
    private static final String LONG_CYRILLIC_QUERY = "д".repeat(300);

    @Test
    void shouldAnswerAnOverlongQueryStringWithProblem() {
        given().urlEncodingEnabled(false).when().get("/api/timeline?q=" + "x".repeat(17_000))
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414))
                .body("title", equalTo("URI Too Long"))
                .body("detail", containsString("factline.limits.uri-length"));
    }

    /** Java's HttpClient asks to upgrade to HTTP/2, whose header list (path included) was capped at 8 KB: a bare 431. */
    @Test
    void shouldAnswerAnOverlongQueryStringOverHttp2WithProblem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/timeline?q=" + "x".repeat(17_000))).version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(414, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(null));
        assertTrue(response.body().contains("factline.limits.uri-length"), response.body());
    }

    @Test
    void shouldAcceptTheLongestQueryParameterInANonLatinScript() {
        given().queryParam("q", LONG_CYRILLIC_QUERY).when().get("/api/timeline")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerOversizedHeadersWithProblem() {
        given().header("X-Padding", "y".repeat(25_000)).when().get("/api/timeline")
                .then().statusCode(431).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(431))
                .body("detail", containsString("factline.limits.header-size"));
    }

    @Test
    void shouldAnswerADeclaredOversizedBodyWithProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "a".repeat(2_200_000) + "\"}")
                .when().post("/api/annotate")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("quarkus.http.limits.max-body-size"));
    }
}
