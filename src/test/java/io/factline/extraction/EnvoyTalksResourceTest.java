package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three outlets on an envoy's trip to a capital (articles under {@code articles/envoy}),
 * published on a Tuesday, a Wednesday, the Friday after and the Monday after that: the trip announced for "Thursday",
 * given as "Friday" by one outlet and reported as held on Thursday by the last, with the people
 * named only by surname after the first article; a draft handed over "earlier this month" that
 * the foreign minister says never arrived; last month's summit; page furniture.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class EnvoyTalksResourceTest {

    private static final String TALKS = "2026-03-12";

    @Test
    void shouldMergeTheTripAcrossOutletsBySurnameAndFlagTheOtherDay() {
        Scenario envoy = new Scenario("envoy");
        List<JsonPath> answers = ingestAll(envoy);

        Map<String, Object> talks = event("Daniel " + envoy.name("ENVOY"), TALKS);

        assertThat((List<String>) talks.get("participants"),
                hasItems("Daniel " + envoy.name("ENVOY"), "Irina " + envoy.name("PRESIDENT")));
        assertThat(talks.get("location"), equalTo(envoy.name("CAPITAL")));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) talks.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Northline News", "Daily Ledger", "Harbour Press", "East Wire"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) talks.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("DATE"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));
        assertThat(claims.stream().map(c -> c.get("attributedTo")).toList(), hasItem("Elena " + envoy.name("SPOKESWOMAN")));
    }

    @Test
    void shouldFlagTheDraftTheMinisterSaysNeverArrived() {
        Scenario envoy = new Scenario("envoy");
        ingestAll(envoy);

        Map<String, Object> draft = event("Lukas " + envoy.name("AIDE"), "2026-03");

        List<Map<String, Object>> claims = (List<Map<String, Object>>) draft.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Northline News", "Daily Ledger"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) draft.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), hasItem("CONTRADICTION"));
        Map<String, Object> denial = event("Pavel " + envoy.name("MINISTER"), "2026-03-09");
        assertThat(((List<Map<String, Object>>) denial.get("claims")).get(0).get("stance"), equalTo("DENIES"));
    }

    @Test
    void shouldDateLastMonthsSummitWithoutAConflict() {
        Scenario envoy = new Scenario("envoy");
        ingestAll(envoy);

        Map<String, Object> summit = event("Henrik " + envoy.name("CHANCELLOR"), "2026-02");

        assertThat(summit.get("location"), equalTo("Geneva"));
        assertThat(summit.get("conflicted"), equalTo(false));
        Map<String, Object> interview = event("Daniel " + envoy.name("ENVOY"), "2026-03-10");
        assertThat((String) interview.get("title"), containsString(envoy.name("RADIO")));
    }

    @Test
    void shouldAttributeASurnameWrittenWithItsRole() {
        Scenario envoy = new Scenario("envoy");
        ingestAll(envoy);

        Map<String, Object> repeated = event("Pavel " + envoy.name("MINISTER"), "2026-03-15");
        Map<String, Object> claim = ((List<Map<String, Object>>) repeated.get("claims")).get(0);
        // The surname alone names the minister an earlier article stored in full (StoredPeople).
        assertThat(claim.get("attributedTo"), equalTo("Pavel " + envoy.name("MINISTER")));
        assertThat(claim.get("stance"), equalTo("DENIES"));
    }

    @Test
    void shouldKeepPageFurnitureOutOfTheClaims() {
        Scenario envoy = new Scenario("envoy");
        List<JsonPath> answers = ingestAll(envoy);

        List<String> quotes = new ArrayList<>();
        answers.forEach(a -> quotes.addAll(a.getList("claims.quote", String.class)));
        assertThat(quotes, everyItem(not(containsString("Published in"))));
        assertThat(quotes, everyItem(not(containsString("All rights reserved"))));
        assertThat(quotes, everyItem(not(containsString("Distributed by"))));
        assertThat(quotes, everyItem(not(containsString("Share this article"))));
    }

    /** Tuesday, Wednesday, Friday, the Monday after. */
    private static List<JsonPath> ingestAll(Scenario envoy) {
        return List.of(
                ingest(envoy.article("northline", "Northline News", "2026-03-10T08:00:00Z")),
                ingest(envoy.article("daily-ledger", "Daily Ledger", "2026-03-11T07:00:00Z")),
                ingest(envoy.article("harbour-press", "Harbour Press", "2026-03-13T09:00:00Z")),
                ingest(envoy.article("east-wire", "East Wire", "2026-03-16T06:00:00Z")));
    }
}
