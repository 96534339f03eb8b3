package io.factline.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

    @Test
    void shouldExportTimelineJsWithEscapedTextAndCreditedSources() {
        String tag = Api.uniqueTag();
        long id = Api.event("<script>alert('pwned')</script> Summit", List.of("Ana Ruiz"), tag);
        Api.claim(id, "Wire A", "2026-01-22", "ASSERTS", "A minister");
        Api.datedEvent("Later talks", tag, "2026-03");

        JsonPath json = given().queryParam("format", "timelinejs").queryParam("tag", tag)
                .when().get("/api/timeline/export")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Content-Disposition", "attachment; filename=\"timeline.json\"")
                .body("events", hasSize(2))
                .extract().jsonPath();

        assertEquals("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; Summit", json.getString("events[0].text.headline"));
        assertEquals(Map.of("year", 2026, "month", 1, "day", 22), json.getMap("events[0].start_date"));
        assertEquals(Map.of("year", 2026, "month", 3), json.getMap("events[1].start_date"));
        assertEquals("event-" + id, json.getString("events[0].unique_id"));
        assertTrue(json.getString("events[0].text.text").contains("Wire A, citing A minister"));
    }

    /**
     * Also leaves the export in target/browser/ for the real-browser check
     * (src/test/browser/timelinejs-export.mjs), which renders it with TimelineJS.
     */
    @Test
    void shouldExportHostileTextAsInertTimelineJsForTheBrowserCheck() throws Exception {
        String tag = Api.uniqueTag();
        long summit = Api.event("<img src=x onerror=\"window.__pwned = 1\"> Summit", List.of("Ana Ruiz"), tag);
        Api.claim(summit, "Wire A", "2026-01-22", "ASSERTS", "<script>window.__pwned = 2</script>");
        Api.claim(summit, "Wire B", "2026-01-23");
        Api.datedEvent("Month of talks", tag, "2026-02");
        Api.datedEvent("A year of strikes", tag, "2025");
        Api.datedEvent("Winter offensive", tag, "2025-11-01/2026-02-28");
        String slug = namedTimeline(tag);

        String body = given().queryParam("format", "timelinejs")
                .when().get("/api/timelines/" + slug + "/export")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".json\"")
                .body("events", hasSize(4))
                .body("events.text.text", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(containsString("<script"))))
                .extract().asString();

        java.nio.file.Path out = java.nio.file.Path.of("target", "browser", "timelinejs-export.json");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, body);
    }

    @Test
    void shouldExportNamedTimelineAsCsvOneRowPerClaim() throws Exception {
        String tag = Api.uniqueTag();
        long id = Api.event("Ceasefire, first phase", List.of(), tag);
        long thursday = Api.claim(id, "Wire A", "2026-01-22");
        long friday = Api.claim(id, "Wire B", "2026-01-23", "ASSERTS", "=HYPERLINK(\"https://x.example\")");
        String slug = namedTimeline(tag);

        String csv = given().queryParam("format", "csv")
                .when().get("/api/timelines/" + slug + "/export")
                .then().statusCode(200)
                .contentType(equalTo("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".csv\"")
                .extract().asString();

        List<CSVRecord> rows = CsvWriterTest.parse(csv);
        assertEquals(2, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(String.valueOf(id), first.get("event_id"));
        assertEquals("Ceasefire, first phase", first.get("event_title"));
        assertEquals(String.valueOf(thursday), first.get("claim_id"));
        assertEquals("Wire A", first.get("outlet"));
        assertEquals("2026-01-22", first.get("claim_date"));
        assertEquals("ASSERTS", first.get("stance"));
        assertEquals("true", first.get("conflicted"));
        assertTrue(first.get("source_url").startsWith("https://wire-a.example/"));
        assertEquals(String.valueOf(friday), rows.get(1).get("claim_id"));
        assertEquals("'=HYPERLINK(\"https://x.example\")", rows.get(1).get("attributed_to"));
    }

    @Test
    void shouldExportIcsWithAllDayAndStableUids() {
        String tag = Api.uniqueTag();
        long day = Api.datedEvent("Talks; in Geneva, again", tag, "2026-01-22");
        long month = Api.datedEvent("Month of strikes", tag, "2026-02");
        Api.datedEvent("Undated plan", tag);

        String ics = given().queryParam("format", "ics").queryParam("tag", tag)
                .when().get("/api/timeline/export")
                .then().statusCode(200)
                .contentType(equalTo("text/calendar; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"timeline.ics\"")
                .extract().asString();

        assertTrue(ics.contains("\r\n"));
        List<String> lines = IcsWriterTest.unfold(ics);
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        int first = lines.indexOf("UID:event-" + day + "@factline");
        int second = lines.indexOf("UID:event-" + month + "@factline");
        assertTrue(first > 0 && second > first, lines.toString());
        assertTrue(lines.containsAll(List.of("SUMMARY:Talks\\; in Geneva\\, again", "DTSTART;VALUE=DATE:20260122",
                "DTEND;VALUE=DATE:20260123", "DTSTART;VALUE=DATE:20260201", "DTEND;VALUE=DATE:20260301")));
    }

    @Test
    void shouldExportJsonLdWithClaimReviewsForConflictedClaims() {
        String tag = Api.uniqueTag();
        long id = Api.event("Talks in Moscow", List.of("Ana Ruiz"), tag);
        Api.claim(id, "Wire A", "2026-01-22", "ASSERTS", "A spokesman");
        Api.claim(id, "Wire B", "2026-01-22", "DENIES", "A minister");

        given().queryParam("format", "jsonld").queryParam("tag", tag)
                .when().get("/api/timeline/export")
                .then().statusCode(200)
                .contentType(equalTo("application/ld+json; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"timeline.jsonld\"")
                .body("'@context'", equalTo("https://schema.org"))
                .body("itemListElement", hasSize(1))
                .body("itemListElement[0].item.'@type'", equalTo("Event"))
                .body("itemListElement[0].item.name", equalTo("Talks in Moscow"))
                .body("itemListElement[0].item.startDate", equalTo("2026-01-22"))
                .body("itemListElement[0].item.subjectOf.publisher.name", equalTo(List.of("Wire A", "Wire B")))
                .body("itemListElement[0].item.review.'@type'", equalTo(List.of("ClaimReview", "ClaimReview")))
                .body("itemListElement[0].item.review[1].itemReviewed.'@type'", equalTo("Claim"))
                .body("itemListElement[0].item.review[1].itemReviewed.author.name", equalTo("A minister"));
    }

    @Test
    void shouldGatherEventsAcrossPagesInTimelineOrder() {
        String tag = Api.uniqueTag();
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            Api.datedEvent("Day " + day, tag, "2026-04-0" + day);
            expected.add("Day " + day);
        }

        List<String> titles = given().queryParam("format", "timelinejs").queryParam("tag", tag)
                .when().get("/api/timeline/export")
                .then().statusCode(200).extract().jsonPath().getList("events.text.headline");

        assertEquals(expected, titles);
    }

    @Test
    void shouldRefuseExportsBeyondTheCapWithProblem() {
        String tag = Api.uniqueTag();
        for (int i = 0; i < 31; i++) {
            Api.event("Event " + i, List.of(), tag);
        }

        given().queryParam("format", "csv").queryParam("tag", tag)
                .when().get("/api/timeline/export")
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("factline.export.max-events"));
    }

    @Test
    void shouldRejectUnknownFormatNamingTheAllowedValues() {
        given().queryParam("format", "pdf")
                .when().get("/api/timeline/export")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("format: must be one of timelinejs, csv, ics, jsonld"))
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownSlug() {
        given().queryParam("format", "csv")
                .when().get("/api/timelines/no-such-timeline/export")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Timeline no-such-timeline does not exist"));
    }

    @Test
    void shouldRejectInvalidFilterDates() {
        given().queryParam("format", "ics").queryParam("from", "2026-02-30")
                .when().get("/api/timeline/export")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("from"));
    }

    private static String namedTimeline(String tag) {
        String slug = "export-" + tag.toLowerCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Export test", "query", Map.of("tag", tag)))
                .when().post("/api/timelines")
                .then().statusCode(201);
        return slug;
    }
}
