package io.factline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.factline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A thread interrupted while it writes to the database, as the transaction manager's reaper
 * interrupts its own thread: the write commits and the database stays open for every other
 * request. Under {@code jdbc:h2:file:} the interrupt closed H2's file, this commit failed and so
 * did every later request until a restart.
 */
@QuarkusTest
class InterruptedWriteResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldCommitAndKeepTheDatabaseOpenWhenTheWritingThreadIsInterrupted() throws Exception {
        String text = "The port authority closed the north quay on Monday.";
        long id = ingest(text);

        int updated;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement touch = connection.prepareStatement(
                    "update article set updated_at = updated_at where id = ?")) {
                touch.setLong(1, id);
                updated = touch.executeUpdate();
            }
            Thread.currentThread().interrupt();
            try {
                connection.commit();
            } finally {
                Thread.interrupted();
            }
        }

        assertEquals(1, updated);
        given().when().get("/api/articles/" + id).then().statusCode(200).body("text", equalTo(text));
        given().when().get("/api/events").then().statusCode(200);
        long next = ingest("The port authority reopened the north quay on Friday.");
        assertFalse(next == id);
        given().when().get("/api/articles/" + next).then().statusCode(200);
    }

    private static long ingest(String text) {
        return given().contentType(ContentType.JSON).body(Api.article("https://quay.example/" + UUID.randomUUID(), text))
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
