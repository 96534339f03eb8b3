package io.factline.ui;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Builds and serves timeline-ui through Quinoa (off in other tests) on a private in-memory
 * database, so the browser test sees only the events it loads.
 */
public class BrowserTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%test.quarkus.quinoa", "true",
                "%test.quarkus.datasource.db-kind", "h2",
                "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1",
                "%test.quarkus.flyway.migrate-at-start", "true");
    }
}
