package io.factline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldReportHealthIncludingDatabase() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldDescribeEveryEndpointInOpenApi() {
        var paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        for (String path : new String[] {"/api/articles", "/api/articles/{id}", "/api/events", "/api/events/{id}",
                "/api/events/{id}/claims", "/api/claims/{id}", "/api/timeline", "/api/timelines",
                "/api/timelines/{slug}", "/api/conflicts", "/api/conflicts/{id}/resolution", "/api/entities"}) {
            org.junit.jupiter.api.Assertions.assertNotNull(paths.get("paths.'" + path + "'"), path);
        }
        given().get("/q/openapi?format=json").then()
                .body("components.schemas.ArticleRequest.properties.url.examples[0]", notNullValue());
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
