package io.factline.entity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntityResourceTest {

    @Test
    void shouldRegisterEntityWithAliasesAndCountItsEvents() {
        String tag = Api.uniqueTag();
        String name = "Marta Exampleva " + tag;
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "PERSON", "aliases", List.of("Exampleva " + tag,
                        "Minister Marta Exampleva " + tag)))
                .when().post("/api/entities")
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("kind", equalTo("PERSON"))
                .body("aliases", hasSize(3))
                .body("eventCount", equalTo(0))
                .extract().jsonPath().getLong("id");
        Api.event("Minister speaks", List.of("Exampleva " + tag), tag);
        Api.event("Minister travels", List.of("minister marta exampleva " + tag), tag);

        given().when().get("/api/entities?q=exampleva " + tag)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].eventCount", equalTo(2))
                .body("items[0].aliases", containsInAnyOrder(name, "Exampleva " + tag,
                        "Minister Marta Exampleva " + tag));
    }

    @Test
    void shouldAddAliasesToEntityThatOneOfThemNames() {
        String tag = Api.uniqueTag();
        Api.event("Speech", List.of("Kowalczyk " + tag), tag);

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Anna Kowalczyk " + tag, "kind", "PERSON", "aliases", List.of("Kowalczyk " + tag)))
                .when().post("/api/entities")
                .then().statusCode(200)
                .body("name", equalTo("Anna Kowalczyk " + tag))
                .body("eventCount", equalTo(1));
        given().get("/api/timeline?entity=Anna Kowalczyk " + tag).then()
                .body("items.title", contains("Speech"));
    }

    @Test
    void shouldRefuseToJoinTwoExistingEntities() {
        String tag = Api.uniqueTag();
        Api.event("One", List.of("First Person " + tag, "Second Person " + tag), tag);

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "First Person " + tag, "aliases", List.of("Second Person " + tag)))
                .when().post("/api/entities")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE);
    }

    /** "😀" normalises to nothing: it was stored as an alias '' that every such name then matched (409 on the second). */
    @Test
    void shouldRejectNamesAndAliasesWithoutLettersAndStoreNothing() {
        String tag = Api.uniqueTag();
        given().contentType(ContentType.JSON).body(Map.of("name", "Harbour Board " + tag, "aliases", List.of("😀", "\u202e")))
                .when().post("/api/entities")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("aliases[0]"));
        given().contentType(ContentType.JSON).body(Map.of("name", "😀"))
                .when().post("/api/entities")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("name"));
        given().queryParam("q", "Harbour Board " + tag).when().get("/api/entities")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRejectUnknownKind() {
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "ALIEN"))
                .when().post("/api/entities")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", org.hamcrest.Matchers.containsString("'kind'"));
    }

    @Test
    void shouldPageEntities() {
        String tag = Api.uniqueTag();
        Api.event("Crowd", List.of("Aa " + tag, "Bb " + tag, "Cc " + tag), tag);

        var first = given().get("/api/entities?q=" + tag + "&limit=2").then().statusCode(200)
                .body("items.name", contains("Aa " + tag, "Bb " + tag)).extract().jsonPath();
        given().queryParam("q", tag).queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .get("/api/entities").then().statusCode(200)
                .body("items.name", contains("Cc " + tag))
                .body("next", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldAnswerUnknownEntityWith404() {
        given().get("/api/entities/987654321").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
