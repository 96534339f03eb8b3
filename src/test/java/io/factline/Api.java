package io.factline;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds test data through the public REST API, so tests exercise what clients do. */
public final class Api {

    private Api() {
    }

    /** A tag no other test uses: filtering by it isolates a test's events from everyone else's. */
    public static String uniqueTag() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long event(String title, List<String> participants, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("participants", participants);
        body.put("tags", List.of(tags));
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long claim(long eventId, String outlet, String date) {
        return claim(eventId, outlet, date, "ASSERTS", null);
    }

    public static long claim(long eventId, String outlet, String date, String stance, String attributedTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceUrl", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + UUID.randomUUID());
        body.put("outlet", outlet);
        body.put("date", date);
        body.put("stance", stance);
        body.put("attributedTo", attributedTo);
        body.put("quote", outlet + " reported it.");
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/events/" + eventId + "/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An event with one claim per date, from outlets "Outlet 1", "Outlet 2", ... */
    public static long datedEvent(String title, String tag, String... dates) {
        long id = event(title, List.of(), tag);
        for (int i = 0; i < dates.length; i++) {
            claim(id, "Outlet " + (i + 1), dates[i]);
        }
        return id;
    }

    public static Map<String, Object> article(String url, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("outlet", "Wire A");
        body.put("title", "Envoys plan a trip");
        body.put("publishedAt", "2026-01-21T09:30:00Z");
        body.put("text", text);
        return body;
    }

    public static List<Object> listOf(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
