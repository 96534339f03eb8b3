package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on a foreign minister's visit (articles under {@code articles/visit}): the visit
 * told as "will visit", "will travel to" and "met", one outlet dating it a day later; a letter two
 * diplomats say the minister sent, which the prime minister's spokeswoman says never arrived;
 * the minister named in full by one outlet only; page furniture around the text.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class MinisterialVisitResourceTest {

    private static final String VISIT = "2026-04-15";
    private static final String LETTER = "2026-04-10";
    private static final String DENIAL = "2026-04-14";

    @Test
    void shouldMergeTheVisitToldThreeWaysAndFlagTheOutletThatDatesItLater() {
        Scenario visit = new Scenario("visit");
        List<JsonPath> answers = ingestAll(visit);

        Map<String, Object> trip = event("Teodor " + visit.name("MINISTER"), VISIT);

        assertThat((List<String>) trip.get("participants"), hasItem("Hana " + visit.name("PREMIER")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) trip.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Adriatic Wire", "Danube Daily", "Capital Observer"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) trip.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
        assertThat((String) conflicts.stream().filter(c -> c.get("type").equals("DATE")).findFirst().orElseThrow()
                .get("explanation"), containsString("Danube Daily dates this to 16 April 2026"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));
    }

    @Test
    void shouldFlagTheLetterTheSpokeswomanSaysNeverArrived() {
        Scenario visit = new Scenario("visit");
        ingestAll(visit);

        Map<String, Object> letter = event("Teodor " + visit.name("MINISTER"), LETTER);

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) letter.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        List<Long> ids = ((List<Number>) contradictions.get(0).get("eventIds")).stream().map(Number::longValue).toList();
        assertThat(ids, hasSize(2));
        long denialId = ids.stream().filter(id -> id != ((Number) letter.get("id")).longValue()).findFirst().orElseThrow();
        JsonPath denial = given().get("/api/events/" + denialId).then().statusCode(200).extract().jsonPath();
        assertThat(denial.getString("date.value"), equalTo(DENIAL));
        assertThat(denial.getList("claims.stance", String.class), containsInAnyOrder("DENIES"));
        assertThat(denial.getList("claims.attributedTo", String.class), hasItem("Vesna " + visit.name("SPOKESWOMAN")));
    }

    @Test
    void shouldKeepTheSurveyInMayFreeOfConflicts() {
        Scenario visit = new Scenario("visit");
        ingestAll(visit);

        Map<String, Object> survey = event("Teodor " + visit.name("MINISTER"), "2026-05");

        assertThat(survey.get("conflicted"), equalTo(false));
        assertThat((String) ((List<Map<String, Object>>) survey.get("claims")).get(0).get("attributedTo"),
                containsString(visit.name("MINISTER")));
    }

    /** Monday, Tuesday, Thursday. */
    private static List<JsonPath> ingestAll(Scenario visit) {
        return List.of(
                ingest(visit.article("adriatic-wire", "Adriatic Wire", "2026-04-13T07:00:00Z")),
                ingest(visit.article("danube-daily", "Danube Daily", "2026-04-14T09:30:00Z")),
                ingest(visit.article("capital-observer", "Capital Observer", "2026-04-16T06:00:00Z")));
    }
}
