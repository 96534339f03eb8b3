package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A write through this instance is visible on the next timeline read, cache or not. */
@QuarkusTest
class TimelineCacheResourceTest {

    @Test
    void shouldShowAnEventCreatedRightAfterTheTimelineWasRead() {
        String tag = "cache-" + UUID.randomUUID();
        given().when().get("/api/timeline?tag=" + tag).then().statusCode(200).body("items", empty());

        given().contentType(ContentType.JSON).body(Map.of("title", "Lighthouse relit", "tags", List.of(tag)))
                .when().post("/api/events").then().statusCode(201);

        given().when().get("/api/timeline?tag=" + tag).then().statusCode(200)
                .body("items.title", contains("Lighthouse relit"));
    }
}
