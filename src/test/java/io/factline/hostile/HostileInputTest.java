package io.factline.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sends thousands of malformed and hostile requests across every endpoint: none may answer 5xx,
 * and every error must be problem+json. The generator is seeded, so a failure replays exactly.
 */
@QuarkusTest
class HostileInputTest {

    private static final int REQUESTS = 2400;

    private static final String[] NASTY_STRINGS = {
        "", " ", "\u0000", "\u0007\u001b[31m", "<script>alert(1)</script>", "' OR '1'='1", "1; DROP TABLE event; --",
        "%", "_", "\\", "../../etc/passwd", "${jndi:ldap://x}", "\uD800", "\uFFFF", "😀".repeat(50),
        "x".repeat(5000), "-1", "0", "9".repeat(40), "1e309", "NaN", "null", "true", "2026-02-30", "2026-13",
        "../..", "2026-01-01/2025-01-01", "202X", "2026-24", "~2026?", "Y170000002", "2026-01-22T25:00Z",
    };

    private static final String[] BODIES = {
        "{", "}", "[]", "null", "42", "\"text\"", "{\"title\": }", "{\"title\": \"a\", }",
        "{\"title\": [1,2]}", "{\"title\": {\"x\": 1}}", "{\"title\": 1e999}", "{\"title\": true}",
        "{\"url\": 5, \"outlet\": [], \"title\": {}, \"publishedAt\": 1, \"text\": false}",
        "{\"participants\": \"notalist\", \"title\": \"x\"}", "{\"participants\": [null], \"title\": \"x\"}",
        "{\"tags\": [1, {}], \"title\": \"x\"}", "{\"articleId\": \"abc\"}", "{\"articleId\": 99999999999999999999999}",
        "{\"begin\": -5, \"end\": -9, \"sourceUrl\": \"https://x.example\", \"outlet\": \"o\"}",
        "{\"stance\": \"MAYBE\"}", "{\"rank\": 7}", "{\"status\": \"CLOSED\"}", "{\"preferredClaimId\": \"x\"}",
        "{\"slug\": \"../../x\", \"title\": \"t\"}", "{\"slug\": \"ok\", \"title\": \"t\", \"query\": \"x\"}",
        "{\"name\": \"\\u0000\", \"kind\": \"PLANET\"}", "{\"unknownField\": 1, \"title\": \"x\"}",
        "{\"text\": \"x\", \"publishedAt\": \"yesterday\"}", "{\"role\": \"GOD\", \"name\": \"x\"}",
    };

    @Test
    void shouldNeverAnswer5xxAndAlwaysAnswerErrorsAsProblems() throws Exception {
        long eventId = Api.event("Fuzz target", List.of("Fuzz Person"), Api.uniqueTag());
        long claimId = Api.claim(eventId, "Wire F", "2026-01-22");
        Random random = new Random(20260121L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Attempt attempt = attempt(random, eventId, claimId);
            Response response = attempt.send();
            int status = response.status();
            String type = response.contentType();
            if (status >= 500) {
                failures.add(attempt + " -> " + status + " " + response.body());
            } else if (status >= 400 && !"HEAD".equals(attempt.method)
                    && (type == null || !type.startsWith("application/problem+json"))) {
                failures.add(attempt + " -> " + status + " with content type " + type);
            }
        }
        assertEquals(List.of(), failures);
        given().get("/api/events/" + eventId).then().statusCode(200);
    }

    @Test
    void shouldRejectInvalidUtf8AsBadRequest() {
        byte[] body = "{\"title\": \"ab\u0000\"}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, 11);
        broken[11] = (byte) 0xC3;
        broken[12] = (byte) 0x28;
        System.arraycopy(body, 11, broken, 13, body.length - 11);
        int status = given().contentType("application/json").body(broken).post("/api/events").statusCode();
        assertTrue(status < 500, "status " + status);
    }

    /** Raw requests through java.net.http: REST Assured refuses to send some of these shapes. */
    private record Attempt(String method, String path, String contentType, byte[] body) {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        Response send() throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        }

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " [" + contentType + "] " + (text.length() > 120 ? text.substring(0, 120) : text);
        }
    }

    private record Response(int status, String contentType, String body) {
    }

    private static Attempt attempt(Random random, long eventId, long claimId) {
        String[] paths = {
            "/api/articles", "/api/articles/" + id(random, eventId), "/api/events", "/api/events/" + id(random, eventId),
            "/api/events/" + id(random, eventId) + "/claims", "/api/claims/" + id(random, claimId), "/api/timeline",
            "/api/timelines", "/api/timelines/" + encoded(random), "/api/conflicts",
            "/api/conflicts/" + id(random, 1) + "/resolution", "/api/entities", "/api/entities/" + id(random, 1),
            "/api/annotate", "/api/tokens",
        };
        String path = paths[random.nextInt(paths.length)];
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
        String method = methods[random.nextInt(methods.length)];
        if (random.nextInt(3) == 0) {
            path += "?" + query(random);
        }
        String[] types = {"application/json", "application/json", "application/json", "text/plain",
            "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1", null};
        String contentType = types[random.nextInt(types.length)];
        byte[] body = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> BODIES[random.nextInt(BODIES.length)].getBytes(StandardCharsets.UTF_8);
            case 2 -> json(random).getBytes(StandardCharsets.UTF_8);
            default -> bytes(random);
        };
        // The delete of a real event or claim would end the fuzzing of it; keep those on unknown ids.
        if ("DELETE".equals(method) && (path.startsWith("/api/events/" + eventId)
                || path.startsWith("/api/claims/" + claimId))) {
            path = path.replace(String.valueOf(eventId), "987654321").replace(String.valueOf(claimId), "987654321");
        }
        return new Attempt(method, path, contentType, body);
    }

    private static String id(Random random, long known) {
        String[] ids = {String.valueOf(known), "0", "-1", "abc", "1.5", "99999999999999999999", "%00", "%27"};
        return ids[random.nextInt(ids.length)];
    }

    private static String encoded(Random random) {
        return java.net.URLEncoder.encode(NASTY_STRINGS[random.nextInt(NASTY_STRINGS.length)], StandardCharsets.UTF_8);
    }

    private static String query(Random random) {
        String[] names = {"entity", "tag", "q", "from", "to", "conflicted", "limit", "cursor", "status", "eventId",
            "outlet", "format"};
        StringBuilder q = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "" : "&").append(names[random.nextInt(names.length)]).append('=').append(encoded(random));
        }
        return q.toString();
    }

    /** A JSON object of known field names with hostile values. */
    private static String json(Random random) {
        String[] fields = {"url", "outlet", "title", "publishedAt", "text", "summary", "kind", "location",
            "participants", "tags", "articleId", "sourceUrl", "attributedTo", "quote", "begin", "end", "stance",
            "date", "rank", "status", "preferredClaimId", "note", "slug", "description", "query", "name", "aliases",
            "role"};
        StringBuilder json = new StringBuilder("{");
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                    .append(value(random));
        }
        return json.append('}').toString();
    }

    private static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> quoted(NASTY_STRINGS[random.nextInt(NASTY_STRINGS.length)]);
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "[" + quoted(NASTY_STRINGS[random.nextInt(NASTY_STRINGS.length)]) + ", 3]";
            case 3 -> "{\"nested\": " + quoted("x") + "}";
            case 4 -> random.nextBoolean() ? "true" : "null";
            default -> "1" + "0".repeat(random.nextInt(400));
        };
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] bytes(Random random) {
        byte[] b = new byte[1 + random.nextInt(200)];
        random.nextBytes(b);
        return b;
    }
}
