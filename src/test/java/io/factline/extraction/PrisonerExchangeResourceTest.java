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
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on a prisoner exchange (articles under {@code articles/exchange}): the exchange
 * told as "exchanged" by two outlets and "swapped" a day earlier by the third; a phone call in
 * which one president's office says the swap was agreed, which the other president's spokesman
 * says never happened ("had not spoken by phone"); sanctions extended "until December", which
 * is no event of December; bylines, "With assistance from" and related links around the text.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PrisonerExchangeResourceTest {

    private static final String EXCHANGE = "2026-05-05";
    private static final String LAST_WEEK = "2026-04-27/2026-05-03";
    private static final String DENIAL = "2026-05-07";

    @Test
    void shouldMergeTheSwapIntoTheExchangeAndFlagTheOutletThatDatesItEarlier() {
        Scenario exchange = new Scenario("exchange");
        List<JsonPath> answers = ingestAll(exchange);

        Map<String, Object> swap = event(exchange.name("KESTOVIA"), EXCHANGE);

        assertThat((List<String>) swap.get("participants"), hasItem(exchange.name("MARUNDI")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) swap.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Continental Press Agency", "The Southern Ledger", "KTV World"));
        List<Map<String, Object>> dates = ((List<Map<String, Object>>) swap.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("DATE")).toList();
        assertThat(dates, hasSize(1));
        assertThat((String) dates.get(0).get("explanation"), containsString("The Southern Ledger dates this to 4 May 2026"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));
    }

    @Test
    void shouldFlagThePhoneCallTheSpokesmanSaysNeverTookPlace() {
        Scenario exchange = new Scenario("exchange");
        ingestAll(exchange);

        Map<String, Object> call = event("Aurel " + exchange.name("DOBRESCU"), LAST_WEEK);

        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) call.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        List<Long> ids = ((List<Number>) contradictions.get(0).get("eventIds")).stream().map(Number::longValue).toList();
        assertThat(ids, hasSize(2));
        long denialId = ids.stream().filter(id -> id != ((Number) call.get("id")).longValue()).findFirst().orElseThrow();
        JsonPath denial = given().get("/api/events/" + denialId).then().statusCode(200).extract().jsonPath();
        assertThat(denial.getString("date.value"), equalTo(DENIAL));
        assertThat(denial.getList("claims.stance", String.class), containsInAnyOrder("DENIES"));
        assertThat(denial.getList("claims.attributedTo", String.class), hasItem("Felix " + exchange.name("AMADI")));
    }

    @Test
    void shouldDateTheAnkaraMeetingInAprilAndNothingInDecember() {
        Scenario exchange = new Scenario("exchange");
        ingestAll(exchange);

        Map<String, Object> meeting = event(exchange.name("EKWUEME"), "2026-04");

        assertThat((List<String>) meeting.get("participants"), hasItem("Lidia " + exchange.name("VARGA")));
        assertThat(meeting.get("conflicted"), equalTo(false));
        List<Map<String, Object>> ofMarundi = given().queryParam("entity", exchange.name("MARUNDI"))
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> dates = ofMarundi.stream()
                .map(e -> e.get("date") == null ? "" : String.valueOf(((Map<?, ?>) e.get("date")).get("value"))).toList();
        assertThat(dates, hasItem(EXCHANGE));
        assertThat(dates, not(hasItem("2025-12")));
    }

    /** Wednesday, Thursday, Friday. */
    private static List<JsonPath> ingestAll(Scenario exchange) {
        return List.of(
                ingest(exchange.article("press-agency", "Continental Press Agency", "2026-05-06T10:00:00Z")),
                ingest(exchange.article("southern-ledger", "The Southern Ledger", "2026-05-07T21:00:00Z")),
                ingest(exchange.article("ktv-world", "KTV World", "2026-05-08T07:20:00Z")));
    }
}
