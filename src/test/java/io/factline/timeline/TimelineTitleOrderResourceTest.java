package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Titles order the timeline by code point on every database, as {@link TimelineOrder} says; on
 * PostgreSQL with a linguistic default collation this needs the "C" collation of event.title.
 */
@QuarkusTest
class TimelineTitleOrderResourceTest {

    private static final List<String> TITLES = List.of("banana boats", "Zebra crossing", "apple harvest",
            "Banana boats", "Éclair sale", "eclair sale", "_draft notes", "Apple harvest");

    @Test
    void shouldOrderEqualDatesByTitleInCodePointOrder() {
        String tag = "order-" + UUID.randomUUID();
        TITLES.forEach(title -> createEvent(title, tag));

        List<String> titles = given().when().get("/api/timeline?limit=500&tag=" + tag)
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);

        assertEquals(TITLES.stream().sorted().toList(), titles);
    }

    @Test
    void shouldPageThroughEqualDatesWithoutSkippingOrRepeating() {
        String tag = "paging-" + UUID.randomUUID();
        TITLES.forEach(title -> createEvent(title, tag));

        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("tag", tag).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/timeline").then().statusCode(200).extract().jsonPath();
            titles.addAll(page.getList("items.title", String.class));
            cursor = page.getString("next");
        } while (cursor != null);

        assertEquals(TITLES.stream().sorted().toList(), titles);
    }

    private static void createEvent(String title, String tag) {
        given().contentType(ContentType.JSON).body(Map.of("title", title, "tags", List.of(tag)))
                .when().post("/api/events").then().statusCode(201);
    }
}
