package io.factline.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.factline.Api;
import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WithAdminToken.class)
class AccessControlTest {

    private static final Map<String, Object> EVENT = Map.of("title", "Guarded event");

    @Test
    void shouldRefuseWriteWithoutTokenOnceATokenIsConfigured() {
        given().contentType(ContentType.JSON).body(EVENT)
                .when().post("/api/events")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", equalTo("This request needs a bearer token with role EDITOR"));
    }

    @Test
    void shouldRefuseUnknownToken() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(EVENT)
                .when().post("/api/events")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("The bearer token is unknown or revoked"));
    }

    @Test
    void shouldLetEditorWriteButNotManageTokens() {
        String editor = issue("desk-" + Api.uniqueTag(), "EDITOR");

        given().auth().oauth2(editor).contentType(ContentType.JSON).body(EVENT)
                .when().post("/api/events")
                .then().statusCode(201);
        given().auth().oauth2(editor).when().get("/api/tokens")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRecordTokenNameInHistory() {
        String name = "history-" + Api.uniqueTag();
        String editor = issue(name, "EDITOR");
        long id = given().auth().oauth2(editor).contentType(ContentType.JSON).body(EVENT)
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");

        given().when().get("/api/events/" + id + "/history")
                .then().statusCode(200)
                .body("items[0].who", equalTo(name));
    }

    @Test
    void shouldKeepReadingPublic() {
        given().when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void shouldShowTokenOnceAndListWithoutIt() {
        String name = "night-" + Api.uniqueTag();
        issue(name, "EDITOR");

        given().auth().oauth2(WithAdminToken.ADMIN).when().get("/api/tokens?limit=500")
                .then().statusCode(200)
                .body("items.find { it.name == '" + name + "' }.role", equalTo("EDITOR"))
                .body("items.find { it.name == '" + name + "' }", not(hasKey("token")));
    }

    @Test
    void shouldRefuseRevokedToken() {
        String name = "temp-" + Api.uniqueTag();
        var issued = given().auth().oauth2(WithAdminToken.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "EDITOR"))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath();

        given().auth().oauth2(WithAdminToken.ADMIN).when().delete("/api/tokens/" + issued.getLong("id"))
                .then().statusCode(204);

        given().auth().oauth2(issued.getString("token")).contentType(ContentType.JSON).body(EVENT)
                .when().post("/api/events")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseDuplicateTokenName() {
        String name = "dup-" + Api.uniqueTag();
        issue(name, "EDITOR");

        given().auth().oauth2(WithAdminToken.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "ADMIN"))
                .when().post("/api/tokens")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseMalformedAuthorizationHeader() {
        given().header("Authorization", "Basic abc").contentType(ContentType.JSON).body(EVENT)
                .when().post("/api/events")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    private static String issue(String name, String role) {
        return given().auth().oauth2(WithAdminToken.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", role))
                .when().post("/api/tokens")
                .then().statusCode(201)
                .body("token", startsWith("flt_"))
                .extract().jsonPath().getString("token");
    }
}
