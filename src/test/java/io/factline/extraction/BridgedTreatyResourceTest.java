package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on one treaty signing (articles under {@code articles/treaty}), read in an order that keeps
 * the first two apart: a paper naming nobody ("the treaty was signed on Tuesday by the two delegates"), a
 * radio naming the delegates and the port but giving Wednesday, then a wire naming them with Tuesday. The
 * wire matches both stored events, so they are one (s13-merge, {@link BridgingReport}): the radio's event
 * is absorbed into the paper's, its claim moves, the radio's Wednesday becomes a DATE conflict, and GET of
 * the absorbed id redirects to the survivor.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class BridgedTreatyResourceTest {

    private static final String ABSORBED_METRIC = "factline_events_absorbed_total";

    @Test
    void shouldMergeTwoStoredEventsThatALaterReportShowsToBeOneAndRedirectTheAbsorbedId() {
        Scenario treaty = new Scenario("treaty");
        double absorbedBefore = metric(ABSORBED_METRIC);
        long paper = eventOf(ingest(treaty.article("courier", "Harbour Courier", "2031-09-10T07:00:00Z")));
        long radio = eventOf(ingest(treaty.article("radio", "Coast Radio", "2031-09-11T12:00:00Z")));
        assertThat("the radio's Wednesday kept it apart from the paper's Tuesday", radio, not(equalTo(paper)));
        long radioClaim = given().get("/api/events/" + radio).then().statusCode(200).extract().jsonPath()
                .getLong("claims[0].id");

        JsonPath wire = ingest(treaty.article("wire", "Channel Wire", "2031-09-11T18:00:00Z"));

        assertThat(wire.getLong("events[0].id"), equalTo(paper));
        Map<String, Object> signing = given().get("/api/events/" + paper).then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<Map<String, Object>> claims = (List<Map<String, Object>>) signing.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).toList(),
                containsInAnyOrder("Harbour Courier", "Coast Radio", "Channel Wire"));
        assertThat(((Map<String, Object>) signing.get("date")).get("value"), equalTo("2031-09-09"));
        assertThat((List<String>) signing.get("participants"), hasItem("Orla " + treaty.name("FINCH")));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) signing.get("conflicts")).stream()
                .filter(c -> "DATE".equals(c.get("type"))).toList();
        assertThat(dates, hasSize(1));

        Response moved = given().redirects().follow(false).get("/api/events/" + radio);
        assertThat(moved.statusCode(), equalTo(308));
        assertThat(moved.header("Location"), endsWith("/api/events/" + paper));
        assertThat(moved.header("Factline-Merged-Into"), equalTo(String.valueOf(paper)));
        assertThat(given().get("/api/events/" + radio).then().extract().jsonPath().getLong("id"), equalTo(paper));

        List<Map<String, Object>> history = given().get("/api/events/" + radio + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(history.get(history.size() - 1).get("change"), equalTo("DEL"));
        List<Map<String, Object>> claimHistory = given().get("/api/claims/" + radioClaim + "/history").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(((Number) ((Map<String, Object>) claimHistory.get(0).get("state")).get("eventId")).longValue(),
                equalTo(radio));
        assertThat(((Number) ((Map<String, Object>) claimHistory.get(claimHistory.size() - 1).get("state"))
                .get("eventId")).longValue(), equalTo(paper));
        assertThat(metric(ABSORBED_METRIC) - absorbedBefore, equalTo(1.0));
    }

    @Test
    void shouldAnswerNotFoundForAnEventThatNeverExisted() {
        given().redirects().follow(false).get("/api/events/987654321").then().statusCode(404);
    }

    /** The one event an ingest of a one-sentence article produced. */
    private static long eventOf(JsonPath ingest) {
        List<Object> events = ingest.getList("events");
        assertThat(events.toString(), events, hasSize(1));
        return ingest.getLong("events[0].id");
    }

    private static double metric(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
