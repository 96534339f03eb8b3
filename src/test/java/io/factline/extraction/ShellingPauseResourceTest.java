package io.factline.extraction;

import static io.factline.extraction.ClaimedEvents.conflictsOf;
import static io.factline.extraction.ClaimedEvents.only;
import static io.factline.extraction.ClaimedEvents.statements;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A commitment reported with no date by unnamed diplomats ("the militia agreed to pause the shelling of the
 * river port …, two diplomats briefed on the talks said") and denied two days later by the militia's spokesman
 * (articles under {@code articles/shelling-pause}, s14-conflict). Before, the undated report made no event, so
 * the denial had nothing to deny and no conflict was raised. Now the report is a statement of the wire's day
 * ({@link UndatedCommitment}) and the denial's link to it raises one CONTRADICTION spanning both events. The same
 * spokesman's denial of something else (weapons received) and a radio's corrected report of another event (a
 * supply road, first Sunday, then Saturday) raise nothing.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ShellingPauseResourceTest {

    private static final String WIRE_DAY = "2035-06-09";
    private static final String DENIAL_DAY = "2035-06-11";

    @Test
    void shouldContradictAnUndatedCommitmentWithItsDenialAndNothingElse() {
        Scenario talks = new Scenario("shelling-pause");
        ingest(talks.article("wire", "Meridian Wire", "2035-06-09T08:00:00Z"));
        Map<String, Object> radio = talks.article("radio", "Radio Estrava", "2035-06-10T20:00:00Z");
        ingest(radio);
        ingest(talks.article("paper", "Sorvane Courier", "2035-06-11T18:00:00Z"));
        Map<String, Object> corrected = new HashMap<>(radio);
        corrected.put("text", talks.text("radio-corrected"));
        given().contentType(ContentType.JSON).body(corrected).when().post("/api/articles")
                .then().statusCode(200).body("outcome", equalTo("UPDATED"));

        Map<String, Object> commitment = only(statements(WIRE_DAY, "agree"));
        String spokesman = "Oren " + talks.name("VALK");
        Map<String, Object> denial = only(statements(DENIAL_DAY, "agree", spokesman));

        List<Map<String, Object>> conflicts = conflictsOf(commitment);
        assertThat(conflicts.toString(), conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        assertThat(conflicts.get(0).toString(), (List<Integer>) conflicts.get(0).get("eventIds"),
                containsInAnyOrder(((Number) commitment.get("id")).intValue(), ((Number) denial.get("id")).intValue()));

        Map<String, Object> weapons = only(statements(DENIAL_DAY, "weapons", spokesman));
        assertThat(weapons.toString(), conflictsOf(weapons), empty());
        List<Map<String, Object>> road = given().queryParam("from", "2035-06").queryParam("to", "2035-06")
                .queryParam("q", "road").get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(road.toString(), road, hasSize(1));
        assertThat(road.toString(), ((Map<String, Object>) road.get(0).get("date")).get("value"), equalTo("2035-06-09"));
        assertThat(road.toString(), conflictsOf(road.get(0)), empty());
    }
}
