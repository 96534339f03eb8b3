package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One paper on a football coach's dismissal (article under {@code articles/coach-dismissal}, session 14, own
 * words), read through {@code POST /api/articles}: the dismissal told in an apposition ("X, the coach dismissed by
 * the club on Monday, on Wednesday denied …") is the club's act on X and X's denial keeps X
 * ({@link ReducedRelative}); a quote by "the 52-year-old" is X's ({@link AgedSpeaker}); "At a news conference on
 * Tuesday, the chairman said" is a statement of Tuesday, not a meeting ({@link SpeakingOccasion}); "the following
 * day" after "on September 4" is September 5, not the day after publication ({@link StoryDay}).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CoachDismissalResourceTest {

    @Test
    void shouldReadTheDismissalTheAgedQuoteThePressConferenceAndTheFollowingDay() {
        Scenario story = new Scenario("coach-dismissal");
        String coach = story.name("COACH") + " Marlow";
        JsonPath paper = PortDisputeResourceTest.ingest(story.article("paper", "Northfield Chronicle",
                "2034-09-14T18:00:00Z"));

        Map<String, Object> dismissal = PortDisputeResourceTest.event(coach, "2034-09-11");
        assertThat(dismissal.get("kind"), equalTo("dismiss"));
        assertThat((String) dismissal.get("title"), startsWith("Rovers dismisses Marlow"));

        Map<String, Object> denial = claim(paper, "Coach", "DENIES");
        assertThat(eventOf(denial).get("participants").toString(), org.hamcrest.Matchers.containsString(coach));

        assertThat(claim(paper, "\"Every payment", "ASSERTS").get("attributedTo"), equalTo(coach));

        Map<String, Object> conference = eventOf(claim(paper, "At a news conference", "ASSERTS"));
        assertThat(conference.get("kind"), equalTo("statement"));
        assertThat(((Map<String, Object>) conference.get("date")).get("value"), equalTo("2034-09-12"));

        Map<String, Object> sponsor = claim(paper, "Its shirt sponsor", "ASSERTS");
        assertThat(((Map<String, Object>) sponsor.get("date")).get("value"), equalTo("2034-09-05"));
        assertThat(paper.getList("claims.date.value", String.class), hasItem("2034-09-04"));
    }

    private static Map<String, Object> claim(JsonPath ingested, String quoteStart, String stance) {
        List<Map<String, Object>> claims = ingested.getList("claims");
        return claims.stream().filter(c -> ((String) c.get("quote")).startsWith(quoteStart) && stance.equals(c.get("stance")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim quoting '" + quoteStart + "' in " + claims));
    }

    private static Map<String, Object> eventOf(Map<String, Object> claim) {
        return given().get("/api/events/" + claim.get("eventId")).then().statusCode(200).extract().jsonPath().getMap("");
    }
}
