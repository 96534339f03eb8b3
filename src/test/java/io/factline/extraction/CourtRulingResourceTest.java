package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four outlets on a court ruling against a mining company (articles under {@code articles/court}):
 * the ruling worded three ways ("ordered ... to stop work", "halted construction", "ruled"), one
 * outlet dating it a day later; a settlement meeting one outlet reports and the company denies;
 * the appeal, told with the company's full name by one outlet and its first word by another;
 * page furniture around the text.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CourtRulingResourceTest {

    private static final String RULING = "2026-05-11";
    private static final String SETTLEMENT_TALKS = "2026-05-13";
    private static final String APPEAL = "2026-05-12";

    @Test
    void shouldMergeTheRulingToldThreeWaysAndFlagTheOutletThatDatesItLater() {
        Scenario court = new Scenario("court");
        List<JsonPath> answers = ingestAll(court);

        Map<String, Object> ruling = event("Abena " + court.name("JUDGE"), RULING);

        assertThat(ruling.get("kind"), equalTo(EventKinds.RULING));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) ruling.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Civic Wire", "Valley Times", "Radio Valley"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ruling.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
        assertThat((String) conflicts.get(0).get("explanation"), containsString("Valley Times dates this to 12 May 2026"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));
    }

    @Test
    void shouldFlagTheSettlementMeetingTheCompanyDenies() {
        Scenario court = new Scenario("court");
        ingestAll(court);

        Map<String, Object> talks = event(court.name("CEO"), SETTLEMENT_TALKS);

        assertThat((List<String>) talks.get("participants"), hasItem(court.name("LAWYER")));
        assertThat(talks.get("location"), equalTo(court.name("TOWN")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) talks.get("claims");
        assertThat(claims.stream().map(c -> c.get("stance")).toList(), containsInAnyOrder("ASSERTS", "DENIES"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) talks.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("CONTRADICTION"));
    }

    @Test
    void shouldKnowTheCompanyByItsFirstWordInALaterArticle() {
        Scenario court = new Scenario("court");
        ingestAll(court);

        String company = court.name("MINER") + " Mining";
        Map<String, Object> appeal = event(company, APPEAL);

        List<Map<String, Object>> claims = (List<Map<String, Object>>) appeal.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Business Post", "Radio Valley"));
        assertThat(appeal.get("conflicted"), equalTo(false));
        List<Map<String, Object>> entities = given().queryParam("q", court.name("MINER")).get("/api/entities")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entities.stream().filter(e -> !((String) e.get("name")).contains(" ")).toList(), hasSize(0));
        assertThat(entities.stream().filter(e -> e.get("name").equals(company)).toList(), hasSize(1));
    }

    @Test
    void shouldMakeNoClaimsFromPageFurniture() {
        Scenario court = new Scenario("court");
        List<JsonPath> answers = ingestAll(court);

        List<String> quotes = new ArrayList<>();
        answers.forEach(a -> quotes.addAll(a.getList("claims.quote", String.class)));
        assertThat(quotes, everyItem(not(containsString("Published in"))));
        assertThat(quotes, everyItem(not(containsString("All rights reserved"))));
        assertThat(quotes, everyItem(not(containsString("Sign up"))));
        assertThat(quotes, everyItem(not(containsString("Updated 15 May"))));
        assertThat(answers.get(2).getList("claims.outlet", String.class), everyItem(equalTo("Business Post")));
    }

    /** Tuesday, Wednesday evening, Thursday, Friday. */
    private static List<JsonPath> ingestAll(Scenario court) {
        return List.of(
                ingest(court.article("civic-wire", "Civic Wire", "2026-05-12T08:00:00Z")),
                ingest(court.article("valley-times", "Valley Times", "2026-05-13T17:30:00Z")),
                ingest(court.article("business-post", "Business Post", "2026-05-14T10:15:00Z")),
                ingest(court.article("radio-valley", "Radio Valley", "2026-05-15T06:00:00Z")));
    }
}
