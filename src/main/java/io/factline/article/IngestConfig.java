package io.factline.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of {@code POST /api/articles}. */
@ConfigMapping(prefix = "factline.ingest")
public interface IngestConfig {

    /**
     * Longest an ingest's transaction may stay open (whole seconds, at least one). An ingest still
     * running then is rolled back and answered 503; nothing of it is stored.
     */
    @WithDefault("60s")
    Duration timeout();

    /** What the 503 of a timed-out ingest asks the client to wait before sending it again (Retry-After). */
    @WithDefault("30s")
    Duration retryAfter();
}
