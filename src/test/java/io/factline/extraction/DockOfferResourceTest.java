package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two outlets tell a pay meeting of a stevedoring firm and the dockers' union on Monday, then "X said it offered
 * the dockers a higher night-shift bonus at the meeting"; the second outlet adds "The union denied that any offer
 * had been made" (articles under {@code articles/dock-offer}, s17-anaphora). Before, the offer sentence had no time
 * of its own and made no event, and the union's denial ("any offer … made") met nothing. Now ({@link ToldOccasion})
 * the offer is dated by the meeting told before, both outlets' offers are one event of Monday, the denial is linked to
 * it as a CONTRADICTION, and the meeting stays one event.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DockOfferResourceTest {

    private static final String MONDAY = "2047-06-10";

    @Test
    void shouldDateTheOfferAtTheMeetingAndContradictItWithTheUnionsDenial() {
        Scenario dock = new Scenario("dock-offer");
        ingest(dock.article("wire", "Harbour Wire", "2047-06-10T18:00:00Z"));
        ingest(dock.article("paper", "Grenholm Courier", "2047-06-11T17:00:00Z"));
        ingest(dock.article("radio", "Coast Radio", "2047-06-12T12:00:00Z"));

        List<Map<String, Object>> offers = events(MONDAY, "offer");
        assertThat(offers.toString(), offers, hasSize(1));
        Map<String, Object> offer = given().get("/api/events/" + offers.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<String> outlets = ((List<Map<String, Object>>) offer.get("claims")).stream()
                .map(c -> String.valueOf(c.get("outlet"))).toList();
        assertThat(offer.toString(), outlets, hasItem("Harbour Wire"));
        assertThat(offer.toString(), outlets, hasItem("Grenholm Courier"));
        assertThat(events(MONDAY, "meeting").toString(), events(MONDAY, "meeting"), hasSize(1));

        List<Map<String, Object>> conflicts = given().queryParam("eventId", offer.get("id")).get("/api/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(conflicts.toString(), conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        List<Map<String, Object>> denials = given().get("/api/events/" + ((List<Number>) conflicts.get(0).get("eventIds"))
                .stream().filter(id -> id.longValue() != ((Number) offer.get("id")).longValue()).findFirst().orElseThrow())
                .then().statusCode(200).extract().jsonPath().getList("claims");
        assertThat(denials.toString(), denials.stream().map(c -> String.valueOf(c.get("quote"))).toList(),
                hasItem(containsString("any offer")));
    }

    /** The events of the day whose kind is {@code kind}, as GET /api/events lists them. */
    private static List<Map<String, Object>> events(String day, String kind) {
        List<Map<String, Object>> items = given().queryParam("from", day).queryParam("to", day).queryParam("limit", 200)
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> kind.equals(e.get("kind"))).toList();
    }
}
