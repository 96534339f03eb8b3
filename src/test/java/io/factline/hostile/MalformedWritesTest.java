package io.factline.hostile;

import static io.factline.hostile.AdversarialTextTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed bodies and ids on every write endpoint of the contract: each answers a 4xx
 * problem+json whose detail names what is wrong, and changes nothing (the event, its claims and
 * conflicts, the named timelines and the articles read the same before and after).
 */
@QuarkusTest
class MalformedWritesTest {

    /** Ids that name no row: not a number, negative, beyond a long, a fraction, an encoded NUL. */
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999",
            "9223372036854775807", "1.5", "1e3", "%00");

    private long eventId;
    private long claimId;
    private long conflictId;

    @BeforeEach
    void seed() {
        String tag = Api.uniqueTag();
        eventId = Api.datedEvent("Ferry strike", tag, "2026-01-22", "2026-01-23");
        claimId = given().get("/api/events/" + eventId).then().statusCode(200).extract().jsonPath()
                .getLong("claims[0].id");
        conflictId = given().get("/api/events/" + eventId).then().statusCode(200).extract().jsonPath()
                .getLong("conflicts[0].id");
    }

    @Test
    void shouldRefuseMalformedBodiesNamingTheProblemAndChangeNothing() {
        String before = state();
        List<String> failures = new ArrayList<>();
        for (Write write : writes()) {
            for (Map.Entry<String, String> body : write.bodies().entrySet()) {
                Response response = send(write.method(), write.path(), "application/json",
                        body.getKey().getBytes(StandardCharsets.UTF_8));
                check(failures, write.method() + " " + write.path() + " " + body.getKey(), response, body.getValue());
            }
            check(failures, write + " invalid UTF-8", send(write.method(), write.path(), "application/json",
                    invalidUtf8()), "not valid UTF-8");
            check(failures, write + " as text/plain", send(write.method(), write.path(), "text/plain",
                    "{}".getBytes(StandardCharsets.UTF_8)), "application/json");
        }
        assertEquals(List.of(), failures);
        assertEquals(before, state());
    }

    @Test
    void shouldAnswerIdsThatNameNoRowWithAProblemAndChangeNothing() {
        String before = state();
        List<String> failures = new ArrayList<>();
        String event = "{\"title\": \"Ferry strike\"}";
        String claim = "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\"}";
        String resolution = "{\"status\": \"DISMISSED\"}";
        for (String id : BAD_IDS) {
            check(failures, "PUT event " + id, send("PUT", "/api/events/" + id, event), "");
            check(failures, "DELETE event " + id, send("DELETE", "/api/events/" + id, null), "");
            check(failures, "POST claim to event " + id, send("POST", "/api/events/" + id + "/claims", claim), "");
            check(failures, "PUT claim " + id, send("PUT", "/api/claims/" + id, claim), "");
            check(failures, "DELETE claim " + id, send("DELETE", "/api/claims/" + id, null), "");
            check(failures, "resolve conflict " + id, send("POST", "/api/conflicts/" + id + "/resolution", resolution), "");
            check(failures, "GET article " + id, send("GET", "/api/articles/" + id, null), "");
            check(failures, "GET timeline " + id, send("GET", "/api/timelines/" + id, null), "");
        }
        assertEquals(List.of(), failures);
        assertEquals(before, state());
    }

    private record Write(String method, String path, Map<String, String> bodies) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Each write with bodies that are wrong, and a piece of the detail that must name what is wrong. */
    private List<Write> writes() {
        Map<String, String> shapes = Map.of(
                "", "body: must not be null",
                "null", "body: must not be null",
                "[]", "must be a JSON object",
                "42", "must be a JSON object",
                "{\"title\": ", "not valid JSON",
                "{} {}", "goes on after its value");
        return List.of(
                new Write("POST", "/api/events", with(shapes, Map.of(
                        "{\"title\": 5}", "Field 'title'",
                        "{\"title\": null}", "title: must not be blank",
                        "{\"title\": \"x\", \"participants\": [null]}", "participants[0]: must not be blank",
                        "{\"title\": \"x\", \"participants\": \"Ola Berg\"}", "Field 'participants'",
                        "{\"title\": \"x\", \"tags\": [\"a\\u0000b\"]}", "tags[0]: holds a NUL character",
                        "{\"title\": \"x\", \"title\": \"y\"}", "gives a field twice ('title')"))),
                new Write("PUT", "/api/events/" + eventId, with(shapes, Map.of(
                        "{\"title\": \"\"}", "title: must not be blank",
                        "{\"title\": \"x\", \"summary\": 1e999}", "Field 'summary'",
                        "{\"title\": \"Ferry\\u0000strike\"}", "title: holds a NUL character"))),
                new Write("POST", "/api/events/" + eventId + "/claims", with(shapes, Map.of(
                        "{}", "Give either articleId, or both sourceUrl and outlet",
                        "{\"articleId\": 1.5}", "Field 'articleId' has a value of the wrong type (expected a whole number)",
                        "{\"articleId\": 99999999999999999999}", "articleId",
                        "{\"articleId\": \"12\"}", "Field 'articleId'",
                        "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\", \"date\": \"2025-02-29\"}",
                        "date: '2025-02-29' is not a valid EDTF date: February 2025 has 28 days",
                        "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\", \"begin\": -5}",
                        "begin: must be greater than or equal to 0",
                        "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\", \"stance\": \"MAYBE\"}",
                        "expected one of ASSERTS, DENIES"))),
                new Write("PUT", "/api/claims/" + claimId, with(shapes, Map.of(
                        "{\"sourceUrl\": \"ftp://wire-f.example\", \"outlet\": \"Wire F\"}", "sourceUrl: must be an http(s) URL",
                        "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\", \"date\": \"9999-24\"}",
                        "runs past the last supported year",
                        "{\"sourceUrl\": \"https://wire-f.example/1\", \"outlet\": \"Wire F\", \"rank\": 7}", "Field 'rank'"))),
                new Write("POST", "/api/timelines", with(shapes, Map.of(
                        "{\"slug\": \"ferry\", \"title\": \"t\", \"query\": {\"from\": \"2027\", \"to\": \"2026\"}}", "from",
                        "{\"slug\": \"ferry\", \"title\": \"t\", \"query\": \"x\"}", "Field 'query'",
                        "{\"slug\": null, \"title\": \"t\"}", "slug: must not be blank"))),
                new Write("POST", "/api/conflicts/" + conflictId + "/resolution", with(shapes, Map.of(
                        "{}", "status: must not be null",
                        "{\"status\": \"CLOSED\"}", "Field 'status'",
                        "{\"status\": \"RESOLVED\", \"preferredClaimId\": 2.5}", "expected a whole number",
                        "{\"status\": \"RESOLVED\", \"preferredClaimId\": -1}", "preferredClaimId",
                        "{\"status\": \"RESOLVED\", \"preferredClaimId\": 99999999999999999999}", "preferredClaimId"))),
                new Write("POST", "/api/articles", with(shapes, Map.of(
                        "{\"url\": \"https://wire-f.example/2\", \"outlet\": \"Wire F\", \"title\": \"t\","
                                + " \"publishedAt\": 20260121, \"text\": \"x\"}", "Field 'publishedAt'",
                        "{\"url\": \"https://wire-f.example/2\"}", "outlet: must not be blank"))),
                new Write("POST", "/api/annotate", Map.of(
                        "", "text: is required",
                        "[]", "must be a JSON object",
                        "{\"text\": 5, \"publishedAt\": \"2026-01-21\"}", "Field 'text'",
                        "{\"text\": \"x\"}", "publishedAt: is required")));
    }

    private static Map<String, String> with(Map<String, String> shapes, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(shapes);
        all.putAll(fields);
        return all;
    }

    private static void check(List<String> failures, String what, Response response, String detail) {
        int status = response.statusCode();
        String type = response.contentType();
        String said = status >= 400 && type != null && type.startsWith(Problem.MEDIA_TYPE)
                ? response.jsonPath().getString("detail") : null;
        if (status < 400 || status >= 500 || said == null || said.isBlank() || !said.contains(detail)) {
            failures.add(what + " -> " + status + " " + type + " " + response.asString());
        }
    }

    private static Response send(String method, String path, String json) {
        return send(method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static Response send(String method, String path, String contentType, byte[] body) {
        var request = given().urlEncodingEnabled(false).contentType(contentType);
        if (body != null && body.length > 0) {
            request.body(body);
        }
        return request.request(method, path);
    }

    /** "{"title": "ab" with the bytes C3 28 (a broken two-byte sequence) inside the string. */
    private static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'a', (byte) 0xC3, 0x28, 'b', '"', '}'};
    }

    /** What the writes could have changed, as JSON text. */
    private String state() {
        return given().get("/api/events/" + eventId).then().statusCode(200).extract().asString()
                + given().get("/api/timelines?limit=500").then().statusCode(200).extract().asString()
                + given().get("/api/conflicts?eventId=" + eventId).then().statusCode(200).extract().asString()
                + given().get("/api/articles?limit=1").then().statusCode(200).extract().asString();
    }
}
