package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@SuppressWarnings("unchecked")
class ExtractionResourceTest {

    private static final String TRIP_DATE = "2026-03-12";

    @Test
    void shouldExtractEventsWithDatesParticipantsAndAttribution() {
        Fixtures f = new Fixtures();
        String text = f.text("wire-a");
        JsonPath answer = ingest(f.article("wire-a", text), 201);

        Map<String, Object> trip = eventOn(answer, TRIP_DATE);
        assertThat((List<String>) trip.get("participants"), hasItems(f.envoyName(), f.ministerName()));
        assertThat(trip.get("location"), equalTo("Vienna"));
        assertThat((String) trip.get("title"), startsWith(f.envoy + " travels to Vienna"));
        Map<String, Object> claim = ((List<Map<String, Object>>) trip.get("claims")).get(0);
        assertThat(claim.get("attributedTo"), equalTo(f.envoyName()));
        assertThat(claim.get("outlet"), equalTo("Wire A"));
        assertThat(claim.get("sourceUrl"), equalTo("https://wire-a.example/" + f.tag));
        assertThat(claim.get("stance"), equalTo("ASSERTS"));
        assertThat(text.substring((Integer) claim.get("begin"), (Integer) claim.get("end")),
                equalTo(claim.get("quote")));

        Map<String, Object> geneva = eventOn(answer, "2026-03-09");
        assertThat(((List<Map<String, Object>>) geneva.get("claims")).get(0).get("attributedTo"), equalTo("Nordpress"));
        Map<String, Object> draft = eventOn(answer, "2026-03-02/2026-03-08");
        assertThat(((List<Map<String, Object>>) draft.get("claims")).get(0).get("attributedTo"),
                equalTo("officials familiar with the talks"));
        assertThat(answer.getList("claims.quote", String.class), everyItem(not(containsString("rights reserved"))));
        assertThat(answer.getList("claims.quote", String.class), everyItem(not(containsString("three years"))));
        assertThat(answer.getList("claims"), hasSize(3));
    }

    @Test
    void shouldMergeSecondOutletIntoSameEvent() {
        Fixtures f = new Fixtures();
        long trip = ((Number) eventOn(ingest(f.article("wire-a"), 201), TRIP_DATE).get("id")).longValue();

        JsonPath second = ingest(f.article("daily-b"), 201);

        assertThat(second.getList("events.id", Long.class), contains(trip));
        given().get("/api/events/" + trip).then().statusCode(200)
                .body("claims", hasSize(2))
                .body("claims.outlet", hasItems("Wire A", "Daily B"))
                .body("claims.attributedTo", hasItem("Paul " + f.spokesman))
                .body("date.value", equalTo(TRIP_DATE))
                .body("conflicted", equalTo(false));
    }

    @Test
    void shouldRaiseDateConflictWhenAnOutletGivesAnotherDay() {
        Fixtures f = new Fixtures();
        long trip = ((Number) eventOn(ingest(f.article("wire-a"), 201), TRIP_DATE).get("id")).longValue();
        ingest(f.article("daily-b"), 201);

        JsonPath third = ingest(f.article("wire-e"), 201);

        assertThat(third.getList("events.id", Long.class), contains(trip));
        assertThat(third.getList("conflicts.type", String.class), contains("DATE"));
        given().get("/api/events/" + trip).then()
                .body("date.value", equalTo(TRIP_DATE))
                .body("conflicted", equalTo(true))
                .body("conflicts[0].explanation", equalTo("Wire E dates this to 13 March 2026; Wire A and Daily B to 12 March 2026"));
    }

    @Test
    void shouldRaiseContradictionWhenASourceDenies() {
        Fixtures f = new Fixtures();
        JsonPath first = ingest(f.article("wire-a"), 201);
        long draft = ((Number) eventOn(first, "2026-03-02/2026-03-08").get("id")).longValue();

        JsonPath denial = ingest(f.article("courier-d"), 201);

        long statement = denial.getLong("events.find { it.id != " + draft + " }.id");
        assertThat(denial.getString("claims[0].stance"), equalTo("DENIES"));
        assertThat(denial.getString("claims[0].attributedTo"), equalTo(f.ministerName()));
        given().get("/api/conflicts?eventId=" + draft).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("CONTRADICTION"))
                .body("items[0].eventIds", hasItems((int) draft, (int) statement));
        given().get("/api/events/" + statement).then().body("conflicted", equalTo(true));
    }

    @Test
    void shouldChangeNothingWhenTheSameArticleIsIngestedAgain() {
        Fixtures f = new Fixtures();
        long id = ingest(f.article("wire-a"), 201).getLong("id");
        int events = eventsOf(f.envoyName());

        JsonPath again = ingest(f.article("wire-a"), 200);

        assertThat(again.getLong("id"), equalTo(id));
        assertThat(again.getString("outcome"), equalTo("UNCHANGED"));
        assertThat(again.getList("claims"), empty());
        assertThat(eventsOf(f.envoyName()), equalTo(events));
    }

    @Test
    void shouldReextractACorrectedArticle() {
        Fixtures f = new Fixtures();
        long trip = ((Number) eventOn(ingest(f.article("wire-a"), 201), TRIP_DATE).get("id")).longValue();
        long wrong = ingest(f.article("wire-e"), 201).getLong("claims[0].id");
        given().get("/api/conflicts?eventId=" + trip).then().body("items.type", hasItem("DATE"));

        JsonPath corrected = ingest(f.article("wire-e", f.text("wire-e", "Thursday")), 200);

        assertThat(corrected.getString("outcome"), equalTo("UPDATED"));
        assertThat(corrected.getInt("version"), equalTo(2));
        assertThat(corrected.getList("events.id", Long.class), contains(trip));
        given().get("/api/conflicts?eventId=" + trip).then().body("items", hasSize(0));
        given().get("/api/claims/" + wrong).then().statusCode(200).body("superseded", equalTo(true));
        given().get("/api/events/" + trip).then()
                .body("claims", hasSize(2))
                .body("claims.date.value", everyItem(equalTo(TRIP_DATE)))
                .body("conflicted", equalTo(false));
    }

    private static JsonPath ingest(Map<String, Object> article, int status) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/api/articles")
                .then().statusCode(status).extract().jsonPath();
    }

    private static Map<String, Object> eventOn(JsonPath answer, String date) {
        List<Map<String, Object>> events = answer.getList("events");
        return events.stream()
                .filter(e -> e.get("date") != null && date.equals(((Map<?, ?>) e.get("date")).get("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event dated " + date + " in " + events));
    }

    private static int eventsOf(String entity) {
        return given().queryParam("entity", entity).get("/api/events").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    /**
     * Three outlets on one break-in (articles under {@code articles/intrusion}) in other words each:
     * "breached the payroll and pumping systems" (Sunday), "the company's network was breached"
     * (Saturday), "broke into X's pumping systems" (Sunday). One event, the DATE conflict, and the
     * day two of them give.
     */
    @Test
    void shouldMergeABreakInToldInOtherWordsAndFlagTheOtherDay() {
        Scenario attack = new Scenario("intrusion");
        PortDisputeResourceTest.ingest(attack.article("harbour-wire", "Harbour Wire", "2026-09-08T07:00:00Z"));
        PortDisputeResourceTest.ingest(attack.article("civic-post", "Civic Post", "2026-09-09T09:30:00Z"));
        PortDisputeResourceTest.ingest(attack.article("metro-radio", "Metro Radio", "2026-09-10T16:00:00Z"));

        Map<String, Object> breach = PortDisputeResourceTest.event(attack.name("COMPANY") + " Utilities", "2026-09-06");

        assertThat(breach.get("kind"), equalTo(EventKinds.INTRUSION));
        assertThat((String) breach.get("title"), startsWith("Intruders breach the payroll and pumping systems"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) breach.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).toList(),
                hasItems("Harbour Wire", "Civic Post", "Metro Radio"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) breach.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
    }
}
