package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    @Test
    void shouldOrderMixedPrecisionByStartThenWiderFirst() {
        String tag = Api.uniqueTag();
        Api.datedEvent("Undated rumour", tag);
        Api.datedEvent("Mid-August talks", tag, "2025-08-15");
        Api.datedEvent("First of August call", tag, "2025-08-01");
        Api.datedEvent("August summit", tag, "2025-08");
        Api.datedEvent("A year of war", tag, "2025");
        Api.datedEvent("Fighting since 2014", tag, "2014/..");
        Api.datedEvent("B same day", tag, "2025-08-15");
        Api.datedEvent("Summer offensive", tag, "2025-06-01/2025-08-31");

        given().when().get("/api/timeline?tag=" + tag)
                .then().statusCode(200)
                .body("items.title", contains("Fighting since 2014", "A year of war", "Summer offensive",
                        "August summit", "First of August call", "B same day", "Mid-August talks",
                        "Undated rumour"))
                .body("items[3].date.display", equalTo("August 2025"))
                .body("next", nullValue());
    }

    @Test
    void shouldPageThroughTimelineWithCursorInOrder() {
        String tag = Api.uniqueTag();
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            String title = "Day " + day;
            Api.datedEvent(title, tag, "2026-03-0" + day);
            expected.add(title);
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().queryParam("tag", tag).queryParam("limit", 3)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get("/api/timeline").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.title"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);

        org.junit.jupiter.api.Assertions.assertEquals(expected, seen);
        org.junit.jupiter.api.Assertions.assertEquals(3, pages);
    }

    @Test
    void shouldFilterByDateRangeTextAndConflicts() {
        String tag = Api.uniqueTag();
        Api.datedEvent("Winter talks in Geneva", tag, "2026-01-10");
        Api.datedEvent("Spring summit", tag, "2026-04-02");
        Api.datedEvent("Disputed phone call", tag, "2026-02-01", "2026-02-03");
        Api.datedEvent("Undated plan", tag);

        given().get("/api/timeline?tag=" + tag + "&from=2026-02&to=2026-04-30").then()
                .body("items.title", contains("Disputed phone call", "Spring summit"));
        given().get("/api/timeline?tag=" + tag + "&q=GENEVA").then()
                .body("items.title", contains("Winter talks in Geneva"));
        given().get("/api/timeline?tag=" + tag + "&conflicted=true").then()
                .body("items.title", contains("Disputed phone call"));
        given().get("/api/timeline?tag=" + tag + "&conflicted=false").then()
                .body("items", hasSize(3));
    }

    @Test
    void shouldTreatLikeWildcardsInTextFilterLiterally() {
        String tag = Api.uniqueTag();
        Api.datedEvent("Turnout reached 50% in the capital", tag, "2026-01-10");
        Api.datedEvent("Turnout reached 501 voters", tag, "2026-01-11");

        given().queryParam("tag", tag).queryParam("q", "50%").get("/api/timeline").then()
                .body("items.title", contains("Turnout reached 50% in the capital"));
    }

    @Test
    void shouldFilterByEntityThroughAnyAlias() {
        String tag = Api.uniqueTag();
        String name = "Olena Testenko " + tag;
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "PERSON", "aliases", List.of("Testenko " + tag)))
                .post("/api/entities").then().statusCode(200);
        long withAlias = Api.event("Minister visits port", List.of("Testenko " + tag), tag);
        Api.claim(withAlias, "Wire A", "2026-02-01");
        Api.event("Other event", List.of("Somebody Else " + tag), tag);

        given().get("/api/timeline?entity=" + ("testenko " + tag).toUpperCase()).then()
                .body("items.title", contains("Minister visits port"))
                .body("items[0].participants", contains(name));
        given().get("/api/timeline?entity=Nobody+At+All").then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldCreateAndReadNamedTimeline() {
        String tag = Api.uniqueTag();
        Api.datedEvent("Second", tag, "2026-02-02");
        Api.datedEvent("First", tag, "2026-02-01");
        Api.datedEvent("Too late", tag, "2026-05-01");

        given().contentType(ContentType.JSON)
                .body(Map.of("slug", tag, "title", "February", "description", "What happened in February",
                        "query", Map.of("tag", tag, "to", "2026-02")))
                .when().post("/api/timelines")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/timelines/" + tag))
                .body("slug", equalTo(tag))
                .body("query.to", equalTo("2026-02"));

        given().when().get("/api/timelines/" + tag)
                .then().statusCode(200)
                .body("title", equalTo("February"))
                .body("description", equalTo("What happened in February"))
                .body("items.title", contains("First", "Second"))
                .body("next", nullValue());
        given().when().get("/api/timelines?limit=500")
                .then().statusCode(200)
                .body("items.find { it.slug == '" + tag + "' }.title", equalTo("February"));
    }

    @Test
    void shouldRejectDuplicateSlug() {
        String slug = Api.uniqueTag();
        Map<String, Object> body = Map.of("slug", slug, "title", "One");
        given().contentType(ContentType.JSON).body(body).post("/api/timelines").then().statusCode(201);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/timelines")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("A timeline with slug '" + slug + "' already exists"));
    }

    @Test
    void shouldRejectInvalidSlugAndQueryDate() {
        given().contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "title", "x"))
                .when().post("/api/timelines")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", Api.uniqueTag(), "title", "x", "query", Map.of("from", "2026-13")))
                .when().post("/api/timelines")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        given().queryParam("from", "2026-03").queryParam("to", "2026-02-14")
                .when().get("/api/timeline")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", Api.uniqueTag(), "title", "x", "query", Map.of("from", "2027", "to", "2026")))
                .when().post("/api/timelines")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-02").queryParam("to", "2026-02-14")
                .when().get("/api/timeline")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownTimelineWith404() {
        given().when().get("/api/timelines/no-such-timeline")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", notNullValue());
    }
}
