package io.factline.article;

import io.factline.common.ProblemException;
import io.factline.metrics.FactlineMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs an ingest in a transaction of its own that may stay open for {@code factline.ingest.timeout}.
 * The transaction manager rolls back a transaction still open at its timeout (its reaper thread
 * does it, while the ingest may still be running); the ingest then fails, at the latest when it
 * tries to commit. Such a failure is no fault of the request: it is answered 503 with Retry-After,
 * not 500, and nothing of the article is stored. A failure after the timeout is taken for the
 * timeout: the transaction could not have committed any more.
 */
@ApplicationScoped
class IngestTimeout {

    private static final Logger LOG = Logger.getLogger(IngestTimeout.class);

    private final IngestConfig config;
    private final FactlineMetrics metrics;

    IngestTimeout(IngestConfig config, FactlineMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    <T> T run(String url, Supplier<T> ingest) {
        int seconds = seconds(config.timeout());
        long started = System.nanoTime();
        try {
            return QuarkusTransaction.requiringNew().timeout(seconds).call(ingest::get);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(Duration.ofSeconds(seconds)) < 0) {
                throw e;
            }
            metrics.ingestTimedOut();
            LOG.warnf("Ingest of %s ran out of its %d s (factline.ingest.timeout) after %d ms and was rolled back: %s",
                    url, seconds, took.toMillis(), e.toString());
            throw ProblemException.unavailable("The article was not stored: its ingest took longer than "
                    + seconds + " s (factline.ingest.timeout) and was rolled back. The server is busy or the "
                    + "article very long; send it again later", config.retryAfter());
        }
    }

    /** The transaction manager counts whole seconds; 0 would mean its default. */
    static int seconds(Duration timeout) {
        long millis = Math.max(1, timeout.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }
}
