package io.factline.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The timeline view in a real headless Chromium. The browser part is the playwright-core script
 * {@code timeline-ui/e2e/timeline.e2e.mjs}, run against this test's server; it needs Node and the
 * Debian {@code chromium} package, hence the {@code browser} tag that only
 * {@code ./mvnw verify -Pbrowser-tests} runs.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("browser")
class TimelineUiBrowserTest {

    private static final long SCRIPT_TIMEOUT_SECONDS = 180;

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldServeTheAppForEmbedPaths() {
        given().accept("text/html")
                .when().get("/embed/port-dispute")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<div id=\"app\">"));
    }

    @Test
    void shouldLeaveApiErrorsToTheApi() {
        given().accept("application/json")
                .when().get("/api/events/987654321")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldShowOrderedEventsConflictMarkerAndSourcesInChromium() throws IOException, InterruptedException {
        Path uiDir = Path.of("timeline-ui").toAbsolutePath();
        Path screenshot = Path.of("target", "timeline-ui.png").toAbsolutePath();
        Path log = Path.of("target", "timeline-ui-e2e.log").toAbsolutePath();
        Process process = new ProcessBuilder("node", "e2e/timeline.e2e.mjs",
                root.toString(), screenshot.toString())
                .directory(uiDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the browser script did not finish in time:\n" + output);
        assertEquals(0, process.exitValue(), "browser checks failed:\n" + output);
        assertTrue(screenshot.toFile().isFile(), "no screenshot at " + screenshot);
    }
}
