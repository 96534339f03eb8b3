package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One minister meets one person on Monday and another on Tuesday in the same city, told by two outlets
 * (articles under {@code articles/twomeetings}, session 12): two meetings, no DATE conflict between them.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class TwoMeetingsResourceTest {

    @Test
    void shouldKeepMeetingsWithDifferentPeopleOnDifferentDaysApart() {
        Scenario talks = new Scenario("twomeetings");
        PortDisputeResourceTest.ingest(talks.article("first", "Geneva Wire", "2025-12-09T08:00:00Z"));
        PortDisputeResourceTest.ingest(talks.article("second", "Capital Desk", "2025-12-10T19:00:00Z"));

        List<Map<String, Object>> meetings = given().queryParam("entity", "Piet " + talks.name("VOS"))
                .get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> dated = meetings.stream()
                .filter(e -> "meeting".equals(e.get("kind"))).toList();
        assertThat(meetings.toString(), dated, hasSize(2));
        for (Map<String, Object> meeting : dated) {
            assertThat(meeting.toString(), (List<Object>) given().get("/api/events/" + meeting.get("id"))
                    .then().statusCode(200).extract().jsonPath().getList("conflicts"), empty());
        }
    }
}
