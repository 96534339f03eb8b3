package io.factline.extraction;

import static io.factline.extraction.PortDisputeResourceTest.event;
import static io.factline.extraction.PortDisputeResourceTest.ingest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A town council's vote told by outlets that name the council differently (articles under
 * {@code articles/ferryvote}, s12-bodies): "a split X council" and "councillors in X" are one body
 * ({@link CollectiveBody}, {@link BodyName}), so the radio's Tuesday is a DATE conflict on the paper's
 * Wednesday vote; "councillors" with no place at all still meet it by the object of the vote, unless two
 * councils voted on such an object that week; the same council's budget vote two days later and the
 * neighbouring town's council's vote of the same day stay apart.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class FerryVoteResourceTest {

    @Test
    void shouldMergeTheCouncilsVoteNamedTwoWaysAndFlagTheRadiosDay() {
        Scenario vote = new Scenario("ferryvote");
        ingest(vote.article("paper", "The Kell Courier", "2026-06-18T06:00:00Z"));
        ingest(vote.article("radio", "Radio Kell", "2026-06-18T12:00:00Z"));

        Map<String, Object> ferry = event(vote.name("TOWN") + " council", "2026-06-17");

        assertThat(ferry.get("kind"), equalTo("vote"));
        assertThat(outlets(ferry), containsInAnyOrder("The Kell Courier", "Radio Kell"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ferry.get("conflicts");
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("DATE"));
    }

    /**
     * The wire names no place, so its report can only meet by action, object and date: it is dated in a
     * year of its own, where no other test's ferry vote is stored (two such votes would leave it apart).
     */
    @Test
    void shouldMeetUnnamedCouncillorsByTheObjectOfTheirVote() {
        Scenario vote = new Scenario("ferryvote");
        ingest(vote.article("paper", "The Kell Courier", "2031-06-19T06:00:00Z"));
        ingest(vote.article("wire", "Kell Wire", "2031-06-19T15:00:00Z"));

        Map<String, Object> ferry = event(vote.name("TOWN") + " council", "2031-06-18");

        assertThat(outlets(ferry), containsInAnyOrder("The Kell Courier", "Kell Wire"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ferry.get("conflicts");
        assertThat(conflicts.stream().map(c -> c.get("type")).toList(), equalTo(List.of("DATE")));
    }

    @Test
    void shouldLeaveUnnamedCouncillorsApartWhenTwoCouncilsVotedOnSuchAnObject() {
        Scenario vote = new Scenario("ferryvote");
        ingest(vote.article("paper", "The Kell Courier", "2032-06-17T06:00:00Z"));
        ingest(vote.article("neighbour", "Coast Weekly", "2032-06-17T09:00:00Z"));
        ingest(vote.article("wire", "Kell Wire", "2032-06-17T15:00:00Z"));

        Map<String, Object> ferry = event(vote.name("TOWN") + " council", "2032-06-16");

        assertThat(outlets(ferry), equalTo(List.of("The Kell Courier")));
        assertThat((List<?>) ferry.get("conflicts"), empty());
    }

    @Test
    void shouldKeepAnotherVoteOfTheSameCouncilApart() {
        Scenario vote = new Scenario("ferryvote");
        ingest(vote.article("paper", "The Kell Courier", "2026-06-18T06:00:00Z"));
        ingest(vote.article("radio", "Radio Kell", "2026-06-18T12:00:00Z"));
        ingest(vote.article("weekly", "The Kell Weekly", "2026-06-20T08:00:00Z"));

        Map<String, Object> budget = voteOf(vote.name("TOWN") + " council", "2026-06-19");
        Map<String, Object> ferry = voteOf(vote.name("TOWN") + " council", "2026-06-17");

        assertThat(outlets(ferry), containsInAnyOrder("The Kell Courier", "Radio Kell"));
        assertThat(outlets(budget), equalTo(List.of("The Kell Weekly")));
        assertThat((List<?>) budget.get("conflicts"), empty());
    }

    @Test
    void shouldKeepTheNeighbouringTownsCouncilApart() {
        Scenario vote = new Scenario("ferryvote");
        ingest(vote.article("paper", "The Kell Courier", "2026-06-18T06:00:00Z"));
        ingest(vote.article("neighbour", "Coast Weekly", "2026-06-18T09:00:00Z"));

        Map<String, Object> other = event(vote.name("OTHER") + " council", "2026-06-17");
        Map<String, Object> ferry = event(vote.name("TOWN") + " council", "2026-06-17");

        assertThat(other.get("id"), not(equalTo(ferry.get("id"))));
        assertThat(outlets(other), equalTo(List.of("Coast Weekly")));
        assertThat(outlets(ferry), equalTo(List.of("The Kell Courier")));
    }

    /** The one vote of the entity dated {@code date}, as {@code GET /api/events/{id}} shows it. */
    private static Map<String, Object> voteOf(String entity, String date) {
        List<Map<String, Object>> items = given().queryParam("entity", entity).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> votes = items.stream()
                .filter(e -> "vote".equals(e.get("kind")) && date.equals(((Map<?, ?>) e.get("date")).get("value")))
                .toList();
        assertThat("votes of " + entity + " dated " + date + " in " + items, votes, hasSize(1));
        return given().get("/api/events/" + votes.get(0).get("id")).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static List<Object> outlets(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> c.get("outlet")).distinct().toList();
    }
}
