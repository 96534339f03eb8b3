package io.factline.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the {@code factline.*} settings; each is overridable by environment variable. */
@ConfigMapping(prefix = "factline")
public interface FactlineConfig {

    Db db();

    Paging paging();

    Limits limits();

    Access access();

    interface Db {
        /** Directory and file stem of the embedded H2 database (used in quarkus.datasource.jdbc.url). */
        @WithDefault("./data/factline")
        String path();
    }

    interface Paging {
        /** Page size when a listing is called without {@code limit}. */
        @WithDefault("50")
        int defaultLimit();

        /** Largest {@code limit} a client may ask for. */
        @WithDefault("500")
        int maxLimit();
    }

    interface Access {
        /**
         * A bootstrap ADMIN token (FACTLINE_ACCESS_ADMIN_TOKEN). Without it and without any token
         * created through /api/tokens, writes are accepted from loopback only.
         */
        java.util.Optional<String> adminToken();

        /** When true, reading the API needs a token too. */
        @WithDefault("false")
        boolean readRequiresToken();
    }

    interface Limits {
        /** Longest article text accepted, in characters. */
        @WithDefault("200000")
        int articleTextLength();
    }

    Extraction extraction();

    interface Extraction {
        /** Which date finder dates extracted events: {@code rules} or {@code temporal}. */
        @WithDefault("rules")
        String dateFinder();
    }
}
