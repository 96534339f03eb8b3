package io.factline.ui;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Builds and serves timeline-ui through Quinoa, which is off in the other tests. Being a profile of
 * its own, it starts its own application and so its own fresh test database.
 */
public class BrowserTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.quarkus.quinoa", "true");
    }
}
