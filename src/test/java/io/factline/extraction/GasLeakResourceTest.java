package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two outlets on one gas leak (articles under {@code articles/gasleak}, session 12): the wire names the
 * main's owner and the town and dates the rupture Saturday; the paper names the operator, the river and
 * the town's compressor station and dates the leak Sunday. They share no participant, so only
 * {@link Incident} (one incident family, a day apart, places that do not differ, the only such stored
 * incident) makes them one event, with the DATE conflict. The paper's burst water main in another town
 * the same Saturday stays an event of its own.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class GasLeakResourceTest {

    @Test
    void shouldMergeOneLeakToldByItsOwnerAndItsOperatorWithTheirDates() {
        Scenario leak = new Scenario("gasleak");
        ingestAll(leak);

        Map<String, Object> event = event(leak.name("OWNER") + " Utilities", "2029-03-10");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) event.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Rallo Wire", "Fenmoor Gazette"));
        assertThat(event.get("kind"), equalTo(EventKinds.LEAK));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) event.get("conflicts");
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("DATE"));
        List<Map<String, Object>> open = given().queryParam("eventId", event.get("id")).get("/api/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(open.stream().map(c -> c.get("type")).toList(), equalTo(List.of("DATE")));
    }

    @Test
    void shouldKeepABurstMainInAnotherTownTheSameDayApart() {
        Scenario leak = new Scenario("gasleak");
        ingestAll(leak);

        List<Map<String, Object>> items = given().queryParam("q", leak.name("OTHER")).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(items, hasSize(1));
        Map<String, Object> burst = given().get("/api/events/" + items.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(burst.get("location"), equalTo(leak.name("OTHER")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) burst.get("claims");
        assertThat(claims, hasSize(1));
        assertThat(claims.get(0).get("outlet"), equalTo("Fenmoor Gazette"));
        assertThat((List<Object>) burst.get("conflicts"), empty());
    }

    /** Monday, Tuesday. */
    private static void ingestAll(Scenario leak) {
        ingest(leak.article("wire", "Rallo Wire", "2029-03-12T09:00:00Z"));
        ingest(leak.article("paper", "Fenmoor Gazette", "2029-03-13T06:00:00Z"));
    }
}
