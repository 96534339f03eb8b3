package io.factline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed view of the {@code factline.*} settings; each is overridable by environment variable. */
@ConfigMapping(prefix = "factline")
public interface FactlineConfig {

    Paging paging();

    Limits limits();

    Db db();

    Metrics metrics();

    Cache cache();

    Access access();

    Unavailable unavailable();

    /** Requests refused with 503 because the database could not serve them in time ({@link Unavailability}). */
    interface Unavailable {
        /** The Retry-After of such a 503. */
        @WithDefault("30s")
        Duration retryAfter();
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

        /**
         * Longest request path and query, in characters (414 beyond). Every query parameter at its
         * longest, percent-encoded in any script, and a cursor fit in the default.
         */
        @WithDefault("16384")
        int uriLength();

        /** Most bytes all request headers may take together (431 beyond). */
        @WithDefault("20K")
        MemorySize headerSize();
    }

    interface Db {
        /** h2 or postgresql; read when the application is built (see the postgres Maven profile). */
        @WithDefault("h2")
        String kind();

        /** Directory and file stem of the embedded H2 database, used by the default JDBC URL. */
        @WithDefault("./data/factline")
        String path();

        /**
         * How often the H2 build rewrites the live data of its file's emptiest chunks so that their
         * space is reused ({@code io.factline.storage.H2Compaction}); {@code 0s} turns it off.
         */
        @WithDefault("5s")
        Duration compactionInterval();

        /** JDBC URL of the database (FACTLINE_DB_URL). */
        String url();

        /** Database user (FACTLINE_DB_USER). */
        @WithDefault("factline")
        String user();

        /** Database password (FACTLINE_DB_PASSWORD); none for the embedded H2 database. */
        Optional<String> password();
    }

    interface Metrics {
        /** How long the {@code factline.conflicts.open} gauge reuses its database count. */
        @WithDefault("5s")
        Duration openConflictsTtl();
    }

    interface Cache {
        /**
         * How long a timeline page may be served from memory; also the longest a write on another
         * instance stays unseen here. 0 turns the cache off.
         */
        @WithDefault("1s")
        Duration timelineTtl();

        /**
         * Most memory the cached timeline pages may take (their JSON bytes): a 200-event page is
         * about 250 kB, and the heap is small.
         */
        @WithDefault("16M")
        MemorySize timelineMaxSize();
    }
}
