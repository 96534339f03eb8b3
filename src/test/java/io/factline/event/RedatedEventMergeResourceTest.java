package io.factline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stored event is found for merging by its participants and its date as they stand now
 * (EventRepository.participantRows reads the date span each participant row carries, V15): after an
 * editor moves its date, a later report of the same meeting on the new date still merges into it.
 */
@QuarkusTest
class RedatedEventMergeResourceTest {

    @Test
    void shouldMergeReportIntoEventWhoseClaimAnEditorRedated() {
        long eventId = meeting("Oriel Vantago", "Bettany Crusk", "https://redate.example/first", "Wire A",
                "2026-03-03T08:00:00Z", "on 2 March");
        long claimId = given().get("/api/events/" + eventId).jsonPath().getLong("claims[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceUrl", "https://redate.example/first", "outlet", "Wire A", "date", "2026-05-14"))
                .when().put("/api/claims/" + claimId)
                .then().statusCode(200);
        given().get("/api/events/" + eventId).then().body("date.value", equalTo("2026-05-14"));

        long merged = meeting("Oriel Vantago", "Bettany Crusk", "https://redate.example/second", "Daily B",
                "2026-05-15T08:00:00Z", "on 14 May");

        assertEquals(eventId, merged);
        given().get("/api/events/" + eventId).then().body("claims", hasSize(2));
    }

    /** Ingests a one-sentence report of a meeting of the two people in Oslo; returns its event's id. */
    private static long meeting(String one, String other, String url, String outlet, String publishedAt, String when) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("outlet", outlet);
        body.put("title", "Talks in Oslo");
        body.put("publishedAt", publishedAt);
        body.put("text", one + " met " + other + " in Oslo " + when + ", officials said.");
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201).body("events", hasSize(1))
                .extract().jsonPath().getLong("events[0].id");
    }
}
