package io.factline.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A service with a bootstrap admin token, on its own database. */
public class WithAdminToken implements QuarkusTestProfile {

    static final String ADMIN = "test-admin-token-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("factline.access.admin-token", ADMIN,
                "factline.db.path", "./target/test-db/access-${quarkus.uuid}");
    }
}
