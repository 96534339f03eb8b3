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
 * Three outlets on a parliamentary vote (articles under {@code articles/vote}): the vote told as
 * "will vote on the bill" by the Speaker, as "Lawmakers will vote on the pension bill on Thursday"
 * (naming nobody, a day later) by the Speaker's office, and as "approved the bill" after it; a
 * leadership candidate two party officials say withdrew, who denies it. One ingest for all the
 * checks: the report naming nobody joins the only stored vote on its bill.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PensionVoteResourceTest {

    private static final String VOTE = "2026-05-20";
    private static final String WITHDRAWAL = "2026-05-16";
    private static final String DENIAL = "2026-05-18";

    @Test
    void shouldMergeTheVoteToldThreeWaysFlagTheDayLaterAndTheDeniedWithdrawal() {
        Scenario vote = new Scenario("vote");
        List<JsonPath> answers = List.of(
                ingest(vote.article("capital-wire", "Capital Wire", "2026-05-18T07:00:00Z")),
                ingest(vote.article("harbour-times", "Harbour Times", "2026-05-19T10:00:00Z")),
                ingest(vote.article("the-dispatch", "The Dispatch", "2026-05-21T06:00:00Z")));

        Map<String, Object> ballot = event(vote.name("NATION") + " Assembly", VOTE);
        assertThat(ballot.get("kind"), equalTo("vote"));
        List<Map<String, Object>> claims = (List<Map<String, Object>>) ballot.get("claims");
        assertThat(claims.stream().map(c -> c.get("outlet")).distinct().toList(),
                containsInAnyOrder("Capital Wire", "Harbour Times", "The Dispatch"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) ballot.get("conflicts");
        Map<String, Object> date = conflicts.stream().filter(c -> c.get("type").equals("DATE")).findFirst().orElseThrow();
        assertThat((String) date.get("explanation"), containsString("Harbour Times dates this to 21 May 2026"));
        assertThat(answers.get(1).getList("conflicts.type", String.class), hasItem("DATE"));

        Map<String, Object> withdrawal = event("Irena " + vote.name("CANDIDATE"), WITHDRAWAL);
        List<Map<String, Object>> contradictions = ((List<Map<String, Object>>) withdrawal.get("conflicts")).stream()
                .filter(c -> c.get("type").equals("CONTRADICTION")).toList();
        assertThat(contradictions, hasSize(1));
        List<Long> ids = ((List<Number>) contradictions.get(0).get("eventIds")).stream().map(Number::longValue).toList();
        long denialId = ids.stream().filter(id -> id != ((Number) withdrawal.get("id")).longValue()).findFirst().orElseThrow();
        JsonPath denial = given().get("/api/events/" + denialId).then().statusCode(200).extract().jsonPath();
        assertThat(denial.getString("date.value"), equalTo(DENIAL));
        assertThat(denial.getList("claims.stance", String.class), containsInAnyOrder("DENIES"));

        Map<String, Object> debate = event("Jan " + vote.name("LEADER"), "2026-06-02");
        assertThat(debate.get("conflicted"), equalTo(false));
    }
}
