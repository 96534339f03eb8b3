package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second topic, to check that the rules are not made for one story: four outlets on a food
 * company buying a dairy (articles under {@code articles/merger}). One outlet gives another day
 * for the shareholder vote, two disagree on the day of a meeting with the regulator, and the
 * regulator denies having received the filing the buyer says it sent.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class MergerResourceTest {

    @Test
    void shouldMergeTheShareholderVoteAndFlagTheOtherDay() {
        Scenario deal = new Scenario("merger");
        ingestAll(deal);

        Map<String, Object> vote = event(deal.name("TARGET") + " Dairy", "2026-04-28");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) vote.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).toList(), containsInAnyOrder("Market Wire", "Business Daily"));
        assertThat(claims.stream().map(c -> c.get("attributedTo")).toList(),
                containsInAnyOrder("Marta " + deal.name("CEO"), "Henrik " + deal.name("CHAIR")));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) vote.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
    }

    @Test
    void shouldMergeTheRegulatorMeetingWhoseDayTwoOutletsGiveDifferently() {
        Scenario deal = new Scenario("merger");
        ingestAll(deal);

        List<Map<String, Object>> meetings = given().queryParam("entity", "Sofia " + deal.name("COMMISSIONER"))
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");

        assertThat(meetings, hasSize(1));
        Map<String, Object> meeting = meetings.get(0);
        assertThat((List<String>) meeting.get("participants"),
                hasItems("Sofia " + deal.name("COMMISSIONER"), "Marta " + deal.name("CEO")));
        assertThat(meeting.get("location"), equalTo("Brussels"));
        assertThat(meeting.get("conflicted"), equalTo(true));
        given().get("/api/events/" + meeting.get("id")).then()
                .body("claims.outlet", containsInAnyOrder("City Journal", "Evening Courier"))
                .body("conflicts.type", hasItem("DATE"))
                .body("conflicts[0].explanation", containsString("10 April 2026"));
    }

    @Test
    void shouldFlagTheRegulatorsDenialOfTheFilingAsAContradiction() {
        Scenario deal = new Scenario("merger");
        List<JsonPath> answers = ingestAll(deal);

        Map<String, Object> filing = event(deal.name("REGULATOR") + " Competition Authority", "2026-04-06");
        JsonPath denial = answers.get(2);

        Map<String, Object> claim = denial.getMap("claims.find { it.stance == 'DENIES' }");
        assertThat(claim.get("attributedTo"), equalTo("Piet " + deal.name("SPOKESMAN")));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) filing.get("conflicts");
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        assertThat((List<Integer>) conflicts.get(0).get("eventIds"),
                hasItems(((Number) filing.get("id")).intValue(), ((Number) claim.get("eventId")).intValue()));
    }

    @Test
    void shouldTitleTheAgreementByWhoDidWhatToWhom() {
        Scenario deal = new Scenario("merger");
        ingestAll(deal);

        Map<String, Object> agreement = event(deal.name("BUYER") + " Foods", "2026-04-05");

        assertThat((String) agreement.get("title"),
                equalTo(deal.name("BUYER") + " Foods agrees to buy " + deal.name("TARGET") + " Dairy for 2.1 billion euros"));
        assertThat((List<String>) agreement.get("participants"),
                hasItems(deal.name("BUYER") + " Foods", deal.name("TARGET") + " Dairy"));
        given().get("/api/events/" + agreement.get("id")).then()
                .body("claims[0].attributedTo", equalTo("Marta " + deal.name("CEO")));
    }

    /** Monday to Thursday. */
    private static List<JsonPath> ingestAll(Scenario deal) {
        return List.of(
                ingest(deal.article("market-wire", "Market Wire", "2026-04-06T08:00:00Z")),
                ingest(deal.article("business-daily", "Business Daily", "2026-04-07T08:00:00Z")),
                ingest(deal.article("city-journal", "City Journal", "2026-04-08T08:00:00Z")),
                ingest(deal.article("evening-courier", "Evening Courier", "2026-04-09T08:00:00Z")));
    }
}
