package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One crash told in two outlets' words (articles under {@code articles/tram-crash}, s17-verbs): a wire's "a tram
 * and a delivery van collided … on Sunday" and a daily's "the tram struck a delivery van … on Saturday" are one
 * crash of both outlets with the daily's Saturday as its DATE conflict. Before, "collided" was kept whole by the
 * lemmatizer (a kind of its own) and "struck" was a labour strike, so two events and no conflict. A fire that
 * "broke out" in a depot of the same town two days later is the fire, an event of its own with no conflict.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class TramCrashResourceTest {

    @Test
    void shouldMergeACrashToldWithOtherVerbsAndFlagTheOtherDay() {
        Scenario s = new Scenario("tram-crash");
        long collided = crashOf(ingest(s.article("wire", "Bravik Wire", "2037-04-13T09:00:00Z")));

        long struck = crashOf(ingest(s.article("daily", "Bravik Daily", "2037-04-14T06:00:00Z")));

        assertThat(struck, equalTo(collided));
        Map<String, Object> crash = event(collided);
        assertThat(outlets(crash), containsInAnyOrder("Bravik Wire", "Bravik Daily"));
        List<Object> types = given().get("/api/conflicts?eventId=" + collided).then().statusCode(200)
                .extract().jsonPath().getList("items.type");
        assertThat(types, hasItem("DATE"));
        List<Long> conflicted = given().queryParam("from", "2037-04-11").queryParam("to", "2037-04-12")
                .queryParam("conflicted", "true").queryParam("limit", 200).get("/api/events").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertThat(conflicted, hasItem(collided));
    }

    @Test
    void shouldKeepAFireThatBrokeOutInTheSameTownApart() {
        Scenario s = new Scenario("tram-crash");
        long collided = crashOf(ingest(s.article("wire", "Bravik Wire", "2037-04-13T09:00:00Z")));

        JsonPath radio = ingest(s.article("radio", "Bravik Radio", "2037-04-15T18:00:00Z"));

        List<Long> events = radio.getList("events.id", Long.class);
        assertThat(events, hasSize(1));
        assertThat(events.get(0), not(equalTo(collided)));
        Map<String, Object> fire = event(events.get(0));
        assertThat(fire.get("kind"), equalTo("fire"));
        assertThat((List<Object>) fire.get("conflicts"), empty());
    }

    /** The id of the one crash among the events an ingest created or updated. */
    private static long crashOf(JsonPath ingest) {
        List<Map<String, Object>> events = ingest.getList("events");
        List<Long> crashes = events.stream().map(e -> ((Number) e.get("id")).longValue())
                .filter(id -> EventKinds.CRASH.equals(event(id).get("kind"))).toList();
        assertThat(events.toString(), crashes, hasSize(1));
        return crashes.get(0);
    }
}
