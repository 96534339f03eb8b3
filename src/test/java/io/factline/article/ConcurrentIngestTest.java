package io.factline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Same-article races (a feed reader on each of several instances) are settled by the database's
 * unique URL key and a retry, not by luck: one 201, every other answer a 200 with the same id.
 */
@QuarkusTest
class ConcurrentIngestTest {

    @Test
    void shouldStoreOneArticleWhenTwentyClientsPostItAtOnce() throws Exception {
        String marker = Api.uniqueTag();
        Map<String, Object> body = Api.article("https://wire-a.example/race/" + marker, "Race " + marker);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<int[]>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<int[]> post = () -> {
                    start.await();
                    var response = given().contentType(ContentType.JSON).body(body).post("/api/articles");
                    return new int[] {response.statusCode(), response.jsonPath().getInt("id")};
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            Set<Integer> ids = new HashSet<>();
            int created = 0;
            for (Future<int[]> answer : answers) {
                int[] statusAndId = answer.get();
                assertTrue(statusAndId[0] == 200 || statusAndId[0] == 201, "status " + statusAndId[0]);
                created += statusAndId[0] == 201 ? 1 : 0;
                ids.add(statusAndId[1]);
            }
            assertEquals(1, ids.size());
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/articles?q=" + marker).then().body("items", hasSize(1));
        given().contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(200);
    }
}
