package io.factline.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.factline.common.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PrivateReads.class)
class PrivateReadsTest {

    @Test
    void shouldRefuseAnonymousReadWhenReadsArePrivate() {
        given().when().get("/api/timeline")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Reading this service needs a bearer token"));
    }

    @Test
    void shouldAllowReadWithToken() {
        given().auth().oauth2(WithAdminToken.ADMIN).when().get("/api/timeline").then().statusCode(200);
    }

    @Test
    void shouldKeepHealthOpenForProbes() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
