package io.factline.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A service configured so that reading needs a token too. */
public class PrivateReads implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("factline.access.admin-token", WithAdminToken.ADMIN,
                "factline.access.read-requires-token", "true",
                "factline.db.path", "./target/test-db/private-${quarkus.uuid}");
    }
}
