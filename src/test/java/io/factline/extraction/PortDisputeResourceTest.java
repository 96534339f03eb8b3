package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four outlets on one port dispute (articles under {@code articles/port}): a walkout that one
 * outlet dates a day later than the others, a meeting one outlet reports and the operator denies,
 * a minister's Sunday meeting announced on a Thursday, surnames used alone after the full name,
 * and page furniture around the text.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PortDisputeResourceTest {

    private static final String WALKOUT = "2026-03-12";
    private static final String TALKS = "2026-03-06";
    private static final String MINISTER_MEETING = "2026-03-15";

    @Test
    void shouldMergeTheWalkoutAcrossOutletsAndFlagTheOutletThatGivesAnotherDay() {
        Scenario port = new Scenario("port");
        List<JsonPath> answers = ingestAll(port);

        Map<String, Object> walkout = event(port.name("UNION") + " Workers Union", WALKOUT);

        List<Map<String, Object>> claims = (List<Map<String, Object>>) walkout.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                hasItems("Coastal Herald", "Daily Ledger", "Radio North"));
        assertThat(walkout.get("location"), equalTo(port.name("PORT")));
        assertThat(walkout.get("conflicted"), equalTo(true));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) walkout.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
        assertThat((String) conflicts.get(0).get("explanation"), containsString("Daily Ledger dates this to 13 March 2026"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));
    }

    @Test
    void shouldFlagAMeetingOneOutletReportsAndTheOperatorDenies() {
        Scenario port = new Scenario("port");
        ingestAll(port);

        Map<String, Object> talks = event("Viktor " + port.name("CEO"), TALKS);

        assertThat((List<String>) talks.get("participants"),
                hasItems("Viktor " + port.name("CEO"), "Greta " + port.name("LEADER")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) talks.get("claims");
        assertThat(claims.stream().map(c -> c.get("stance")).toList(), containsInAnyOrder("ASSERTS", "DENIES"));
        assertThat(claims.stream().map(c -> c.get("attributedTo")).toList(),
                containsInAnyOrder("people close to the negotiations", "Lena " + port.name("SPOKESWOMAN")));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) talks.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("CONTRADICTION"));
    }

    @Test
    void shouldResolveSurnamesToFullNamesAndASundayAheadOfAThursday() {
        Scenario port = new Scenario("port");
        ingestAll(port);

        Map<String, Object> meeting = event("Ines " + port.name("MINISTER"), MINISTER_MEETING);

        assertThat((List<String>) meeting.get("participants"), hasItems("Ines " + port.name("MINISTER"),
                "Greta " + port.name("LEADER"), "Viktor " + port.name("CEO")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) meeting.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).toList(),
                containsInAnyOrder("Westhaven Post", "Radio North"));
        assertThat(meeting.get("conflicted"), equalTo(false));
        given().queryParam("q", port.name("LEADER")).get("/api/entities").then().statusCode(200)
                .body("items.name", hasItem("Greta " + port.name("LEADER")))
                .body("items.find { it.name == 'Greta " + port.name("LEADER") + "' }.kind", equalTo("PERSON"));
    }

    @Test
    void shouldAttributeAndMakeNoEventsFromPageFurniture() {
        Scenario port = new Scenario("port");
        List<JsonPath> answers = ingestAll(port);

        List<String> quotes = new ArrayList<>();
        answers.forEach(a -> quotes.addAll(a.getList("claims.quote", String.class)));
        assertThat(quotes, everyItem(not(containsString("Published in"))));
        assertThat(quotes, everyItem(not(containsString("Updated"))));
        assertThat(quotes, everyItem(not(containsString("rights reserved"))));
        assertThat(quotes, everyItem(not(containsString("With reporting"))));
        assertThat(answers.get(0).getList("claims.attributedTo", String.class),
                hasItems("Greta " + port.name("LEADER"), "people close to the negotiations"));
        assertThat(answers.get(0).getList("claims.outlet", String.class), everyItem(equalTo("Coastal Herald")));
        assertThat(answers.get(3).getList("claims.attributedTo", String.class), hasItem("ministry"));
    }

    /** Tuesday, Wednesday, Thursday, Thursday. */
    private static List<JsonPath> ingestAll(Scenario port) {
        return List.of(
                ingest(port.article("coastal-herald", "Coastal Herald", "2026-03-10T07:00:00Z")),
                ingest(port.article("daily-ledger", "Daily Ledger", "2026-03-11T06:30:00Z")),
                ingest(port.article("westhaven-post", "Westhaven Post", "2026-03-12T05:00:00Z")),
                ingest(port.article("radio-north", "Radio North", "2026-03-12T15:00:00Z")));
    }

    static JsonPath ingest(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The one event of the entity dated {@code date}, as {@code GET /api/events/{id}} shows it. */
    static Map<String, Object> event(String entity, String date) {
        List<Map<String, Object>> items = given().queryParam("entity", entity).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> dated = items.stream()
                .filter(e -> e.get("date") != null && date.equals(((Map<?, ?>) e.get("date")).get("value")))
                .toList();
        assertThat("events of " + entity + " dated " + date + " in " + items, dated, hasSize(1));
        return given().get("/api/events/" + dated.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }
}
