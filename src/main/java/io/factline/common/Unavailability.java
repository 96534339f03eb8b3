package io.factline.common;

import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A request the database could not serve in time, through no fault of the request: answered 503
 * with Retry-After ({@code factline.unavailable.retry-after}) instead of 500, and counted
 * ({@code factline_requests_unavailable_total}). Whatever it wrote was rolled back. Two kinds:
 * <ul>
 * <li><b>timeout</b>: its transaction ran out of {@code quarkus.transaction-manager.default-transaction-timeout}
 * and the transaction manager rolled it back ({@link TransactionTimeoutInterceptor});
 * <li><b>busy</b>: no connection came free within the pool's acquisition timeout, the database
 * refused or dropped the connection, or cancelled a statement ({@link #busy(Throwable)}).
 * </ul>
 * An ingest has its own timeout and answer ({@code factline.ingest.timeout}).
 */
@ApplicationScoped
public class Unavailability {

    /** Agroal's words for a request that waited its acquisition timeout for a connection; it sets no SQLSTATE. */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";
    /**
     * SQLSTATEs of a database that cannot take the work now: PostgreSQL's too many connections and
     * "cannot connect now" (starting or shutting down), a statement cancelled (PostgreSQL's
     * statement timeout, H2's query timeout). Class 08 (connection exceptions) is matched as a class.
     */
    static final Set<String> BUSY_STATES = Set.of("53300", "57P03", "57014");

    private static final Logger LOG = Logger.getLogger(Unavailability.class);

    private final FactlineMetrics metrics;
    private final Duration retryAfter;
    private final Duration transactionTimeout;

    Unavailability(FactlineMetrics metrics, FactlineConfig config,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
            Duration transactionTimeout) {
        this.metrics = metrics;
        this.retryAfter = config.unavailable().retryAfter();
        this.transactionTimeout = transactionTimeout;
    }

    /** The transaction manager's timeout, which a transaction that failed after it is taken to have run out of. */
    Duration transactionTimeout() {
        return transactionTimeout;
    }

    /** The answer to a request whose transaction was rolled back at its timeout after running {@code took}. */
    ProblemException timedOut(String method, Duration took, RuntimeException failure) {
        metrics.requestUnavailable(FactlineMetrics.Unavailable.TIMEOUT);
        LOG.warnf("%s ran out of its %d s transaction timeout (quarkus.transaction-manager.default-transaction-timeout)"
                + " after %d ms and was rolled back: %s", method, transactionTimeout.toSeconds(), took.toMillis(), failure);
        return ProblemException.unavailable("Nothing was changed: the request's transaction ran longer than "
                + transactionTimeout.toSeconds() + " s and was rolled back. The server is busy; send it again later",
                retryAfter);
    }

    /** The answer to a request that failed because the database was busy, if that is why it failed. */
    Optional<ProblemException> busy(Throwable failure) {
        if (!isBusy(failure)) {
            return Optional.empty();
        }
        metrics.requestUnavailable(FactlineMetrics.Unavailable.BUSY);
        LOG.warnf("A request found the database busy and was answered 503: %s", rootOf(failure));
        return Optional.of(ProblemException.unavailable("Nothing was changed: the database is busy (no connection "
                + "was free in time, or it cancelled the work); send it again later", retryAfter));
    }

    /** Whether the failure, or one of its causes, says the database could not take the work now. */
    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (POOL_EXHAUSTED.equals(sql.getMessage()) || state != null
                        && (state.startsWith("08") || BUSY_STATES.contains(state))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
