package io.factline.extraction;

import static io.factline.extraction.OrganisationNamesResourceTest.event;
import static io.factline.extraction.OrganisationNamesResourceTest.eventOf;
import static io.factline.extraction.OrganisationNamesResourceTest.outlets;
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
 * One strike that two outlets date a day apart, and one company's drivers who really strike on two days
 * (articles under {@code articles/bakery-strike} and {@code articles/coach-walkouts}, s17-date). A wire says the
 * bakery workers "walked off the job on Tuesday", a paper that "the strike, which began on Wednesday" has emptied
 * shelves: one strike of both outlets with a DATE conflict ({@link DayOffReport}), where it used to be two strikes
 * and no conflict. The coach drivers walk out on Monday and "walked off the job again on Tuesday": two strikes, in
 * either order of reading, and no conflict on either ({@link RepeatedAct}).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DayOffStrikeResourceTest {

    @Test
    void shouldMakeOneStrikeWithADateConflictWhenAnOutletDatesItADayLater() {
        Scenario s = new Scenario("bakery-strike");
        long walkout = eventOf(ingest(s.article("wire", "Valley Wire", "2046-03-13T17:00:00Z")));

        long strike = eventOf(ingest(s.article("paper", "Evening Courier", "2046-03-15T06:00:00Z")));

        assertThat(strike, equalTo(walkout));
        Map<String, Object> event = event(walkout);
        assertThat(outlets(event), containsInAnyOrder("Valley Wire", "Evening Courier"));
        List<Map<String, Object>> conflicts = conflictsOf(walkout);
        assertThat(conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("DATE"));
        assertThat(conflicts.get(0).get("status"), equalTo("OPEN"));
    }

    @Test
    void shouldKeepTwoStrikesWithoutAConflictWhenTheSecondIsToldAsARepeat() {
        Scenario s = new Scenario("coach-walkouts");
        long monday = eventOf(ingest(s.article("first", "Valley Wire", "2046-03-19T16:00:00Z")));

        long tuesday = eventOf(ingest(s.article("again", "Evening Courier", "2046-03-20T18:00:00Z")));

        assertTwoStrikesWithoutConflicts(monday, tuesday);
    }

    @Test
    void shouldKeepTwoStrikesWithoutAConflictWhenTheRepeatIsReadFirst() {
        Scenario s = new Scenario("coach-walkouts");
        long tuesday = eventOf(ingest(s.article("again", "Evening Courier", "2046-03-20T18:00:00Z")));

        long monday = eventOf(ingest(s.article("first", "Valley Wire", "2046-03-21T08:00:00Z")));

        assertTwoStrikesWithoutConflicts(monday, tuesday);
    }

    private static void assertTwoStrikesWithoutConflicts(long monday, long tuesday) {
        assertThat(tuesday, not(equalTo(monday)));
        assertThat(((Map<String, Object>) event(monday).get("date")).get("value"), equalTo("2046-03-19"));
        assertThat(((Map<String, Object>) event(tuesday).get("date")).get("value"), equalTo("2046-03-20"));
        assertThat(conflictsOf(monday), empty());
        assertThat(conflictsOf(tuesday), empty());
    }

    /** The conflicts {@code GET /api/conflicts} lists for the event. */
    private static List<Map<String, Object>> conflictsOf(long eventId) {
        return given().queryParam("eventId", eventId).get("/api/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
