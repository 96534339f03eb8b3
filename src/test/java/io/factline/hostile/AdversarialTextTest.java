package io.factline.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Texts made of unusual material ({@link UnusualTexts}), posted as articles and for annotation: none
 * may answer 5xx; an accepted article reads back as sent, with claims inside its text; a refused one
 * answers problem+json with a detail and leaves nothing behind.
 */
@QuarkusTest
class AdversarialTextTest {

    /** Publication times a client may send, at the edges of the range and with offsets. */
    private static final List<String> PUBLISHED = List.of("2026-01-21T09:30:00Z", "0001-01-01", "9999-12-31",
            "9999-12-31T23:59:59Z", "2024-02-29", "0001-01-01T00:00:00+00:00", "2026-03-01T23:30:00-05:00",
            "2026-01-01T10:00:00+18:00", "2026-01-21T09:30:00.123456789Z", "2026-01-21T09:30:00");

    private final String outlet = "Unusual " + UUID.randomUUID();

    @Test
    void shouldStoreEveryUnusualTextAndReadItBack() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> text : UnusualTexts.all(20261127L).entrySet()) {
            String published = PUBLISHED.get(n++ % PUBLISHED.size());
            Response response = ingest(url(), text.getValue(), published);
            if (response.statusCode() != 201) {
                failures.add(text.getKey() + " (" + published + "): " + response.statusCode() + " "
                        + response.asString());
                continue;
            }
            JsonPath stored = given().get("/api/articles/" + response.jsonPath().getLong("id"))
                    .then().statusCode(200).extract().jsonPath();
            if (!text.getValue().equals(stored.getString("text"))) {
                failures.add(text.getKey() + ": the stored text differs from the text sent");
            }
            for (Map<String, Object> claim : response.jsonPath().<Map<String, Object>>getList("claims")) {
                int begin = (Integer) claim.get("begin");
                int end = (Integer) claim.get("end");
                if (begin < 0 || end < begin || end > text.getValue().length()) {
                    failures.add(text.getKey() + ": claim " + claim.get("id") + " at " + begin + "-" + end);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldAnnotateEveryUnusualTextWithOffsetsIntoIt() {
        int limit = ConfigProvider.getConfig().getValue("factline.annotate.max-text-length", Integer.class);
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> unusual : UnusualTexts.all(20261127L).entrySet()) {
            String published = PUBLISHED.get(n++ % PUBLISHED.size());
            String text = unusual.getValue();
            if (text.length() > limit) {
                assertProblem(annotate(text, published), 413, "factline.annotate.max-text-length");
                text = text.substring(0, limit);
            }
            Response response = annotate(text, published);
            if (response.statusCode() != 200) {
                failures.add(unusual.getKey() + ": " + response.statusCode() + " " + response.asString());
                continue;
            }
            for (Map<String, Object> timex : response.jsonPath().<Map<String, Object>>getList("timexes")) {
                int begin = (Integer) timex.get("begin");
                int end = (Integer) timex.get("end");
                if (begin < 0 || end < begin || end > text.length() || !text.substring(begin, end).equals(timex.get("text"))) {
                    failures.add(unusual.getKey() + ": " + timex);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldAcceptATextExactlyAtTheLimitAndRefuseOneCharacterMore() {
        int limit = ConfigProvider.getConfig().getValue("factline.limits.article-text-length", Integer.class);
        String atLimit = padded("The ferry crews walked out on Monday, the union said.", limit);

        ingest(url(), atLimit, "2026-01-21").then().statusCode(201);
        int before = articles();
        Response over = ingest(url(), atLimit + ".", "2026-01-21");

        assertProblem(over, 413, "factline.limits.article-text-length");
        assertEquals(before, articles());
    }

    @Test
    void shouldAnnotateATextExactlyAtTheLimitAndRefuseOneCharacterMore() {
        int limit = ConfigProvider.getConfig().getValue("factline.annotate.max-text-length", Integer.class);
        String atLimit = padded("The ferry sailed on Monday.", limit);

        given().contentType(ContentType.JSON).body(Map.of("text", atLimit, "publishedAt", "2026-01-21"))
                .when().post("/api/annotate").then().statusCode(200);
        Response over = given().contentType(ContentType.JSON)
                .body(Map.of("text", atLimit + ".", "publishedAt", "2026-01-21")).when().post("/api/annotate");

        assertProblem(over, 413, "factline.annotate.max-text-length");
    }

    @Test
    void shouldRefuseTextsAndTimesThatCannotBeStoredNamingTheField() {
        Map<String, String[]> refused = new HashMap<>();
        refused.put("text", new String[] {"The board met\u0000 on Monday.", "2026-01-21", "text: holds a NUL character"});
        refused.put("lone surrogates", new String[] {"\uD800 The board met on Monday.\uDBFF", "2026-01-21",
            "text: holds a lone surrogate"});
        refused.put("blank text", new String[] {"\n\n \t\r\n", "2026-01-21", "text: must not be blank"});
        refused.put("February 29 of a common year", new String[] {"The board met on Monday.", "2025-02-29",
            "publishedAt: '2025-02-29' is not a day of the calendar: February 2025 has 28 days"});
        refused.put("a day past the last one, in UTC", new String[] {"The board met on Monday.",
            "9999-12-31T23:30:00-01:00", "is outside the supported range"});
        refused.put("a day before the first one, in UTC", new String[] {"The board met on Monday.",
            "0001-01-01T00:30:00+01:00", "is outside the supported range"});
        refused.put("a year before 1", new String[] {"The board met on Monday.", "-0005-01-01", "publishedAt: "});
        refused.put("a year after 9999", new String[] {"The board met on Monday.", "+10000-01-01", "publishedAt: "});
        refused.put("an hour that does not exist", new String[] {"The board met on Monday.", "2026-01-21T25:00:00Z",
            "publishedAt: "});
        int before = articles();
        for (Map.Entry<String, String[]> c : refused.entrySet()) {
            String[] value = c.getValue();
            Response response = ingest(url(), value[0], value[1]);
            assertProblem(response, 400, value[2]);
            if (!value[0].isBlank()) {
                assertProblem(given().contentType(ContentType.JSON)
                        .body(Map.of("text", value[0], "publishedAt", value[1])).when().post("/api/annotate"),
                        400, value[2]);
            }
        }
        assertEquals(before, articles());
    }

    static void assertProblem(Response response, int status, String detail) {
        assertEquals(status, response.statusCode(), response::asString);
        assertTrue(response.contentType().startsWith(Problem.MEDIA_TYPE), response.contentType());
        assertTrue(response.jsonPath().getString("detail").contains(detail), response.jsonPath().getString("detail"));
    }

    private static Response annotate(String text, String published) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", published))
                .when().post("/api/annotate");
    }

    private Response ingest(String url, String text, String published) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "outlet", outlet, "title", "Harbour news", "publishedAt", published,
                        "text", text))
                .when().post("/api/articles");
    }

    private int articles() {
        return given().queryParam("outlet", outlet).queryParam("limit", 500).get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static String url() {
        return "https://harbour.example/" + UUID.randomUUID();
    }

    /** The sentence, then spaces and full stops up to exactly {@code length} characters. */
    private static String padded(String sentence, int length) {
        StringBuilder text = new StringBuilder(sentence);
        while (text.length() < length) {
            text.append(text.length() % 2 == 0 ? ' ' : '.');
        }
        return text.toString();
    }
}
