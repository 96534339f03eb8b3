package io.factline.metrics;

import io.factline.article.IngestResult;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The domain metrics, {@code factline.*}. Every tag takes a value from a fixed enum, never a URL,
 * title or entity name, so the number of series stays constant. All series are registered at
 * start so that they are scraped as 0 before their first event and {@code rate()} works from the
 * first scrape.
 *
 * <p>Counts made inside a transaction are added when it commits: a request that rolls back, or
 * is retried after losing a race ({@link io.factline.common.RetryOnDuplicate}), counts once or
 * not at all. Counters count what this instance did; with several instances, sum them in Prometheus.
 * {@code factline.conflicts.open} is read from the database ({@link OpenConflictsGauge}) and is
 * the same on every instance: aggregate it with {@code max}, not {@code sum}.
 */
@Startup
@ApplicationScoped
public class FactlineMetrics {

    private final Map<IngestResult.Outcome, Counter> ingested = new EnumMap<>(IngestResult.Outcome.class);
    private final Map<ConflictType, Counter> raised = new EnumMap<>(ConflictType.class);
    private final Map<ConflictStatus, Counter> resolved = new EnumMap<>(ConflictStatus.class);
    private final Counter eventsCreated;
    private final Counter eventsMerged;
    private final Counter eventsAbsorbed;
    private final Counter claimsAdded;
    private final Counter timexesFound;
    private final Counter annotateRequests;
    private final Counter sentenceFailures;
    private final Counter ingestTimeouts;
    private final Map<Unavailable, Counter> unavailable = new EnumMap<>(Unavailable.class);
    private final Timer extraction;
    private final TransactionSynchronizationRegistry transactions;

    FactlineMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        for (IngestResult.Outcome outcome : IngestResult.Outcome.values()) {
            ingested.put(outcome, Counter.builder("factline.articles.ingested")
                    .description("Articles posted, by what the ingest did with them")
                    .tag("outcome", tagValue(outcome)).register(registry));
        }
        for (ConflictType type : ConflictType.values()) {
            raised.put(type, Counter.builder("factline.conflicts.raised")
                    .description("Conflicts opened or reopened, by type")
                    .tag("type", tagValue(type)).register(registry));
        }
        for (ConflictStatus status : ConflictStatus.values()) {
            resolved.put(status, Counter.builder("factline.conflicts.resolved")
                    .description("Editors' verdicts on conflicts, by the status given")
                    .tag("status", tagValue(status)).register(registry));
        }
        eventsCreated = Counter.builder("factline.events.created")
                .description("Events created, by hand or by extraction").register(registry);
        eventsMerged = Counter.builder("factline.events.merged")
                .description("Extracted events merged into an existing event").register(registry);
        eventsAbsorbed = Counter.builder("factline.events.absorbed")
                .description("Stored events merged into another stored event because a later report showed them to be one")
                .register(registry);
        claimsAdded = Counter.builder("factline.claims.added")
                .description("Claims added, by hand or by extraction").register(registry);
        timexesFound = Counter.builder("factline.timexes.found")
                .description("Temporal expressions found in annotated or ingested text").register(registry);
        annotateRequests = Counter.builder("factline.annotate.requests")
                .description("Calls of POST /api/annotate").register(registry);
        sentenceFailures = Counter.builder("factline.extraction.sentence.failures")
                .description("Sentences skipped because a rule failed on them; their article was stored")
                .register(registry);
        ingestTimeouts = Counter.builder("factline.ingest.timeouts")
                .description("Ingests rolled back at factline.ingest.timeout and answered 503; nothing of them was stored")
                .register(registry);
        for (Unavailable reason : Unavailable.values()) {
            unavailable.put(reason, Counter.builder("factline.requests.unavailable")
                    .description("Requests answered 503 because their transaction timed out or the database was busy;"
                            + " nothing of them was stored (ingests have factline.ingest.timeouts)")
                    .tag("reason", tagValue(reason)).register(registry));
        }
        extraction = Timer.builder("factline.extraction.duration")
                .description("Time to extract events and claims from one article")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    public void articleIngested(IngestResult.Outcome outcome) {
        afterCommit(ingested.get(outcome), 1);
    }

    public void eventCreated() {
        afterCommit(eventsCreated, 1);
    }

    public void eventMerged() {
        afterCommit(eventsMerged, 1);
    }

    public void eventAbsorbed() {
        afterCommit(eventsAbsorbed, 1);
    }

    public void claimsAdded(int count) {
        if (count > 0) {
            afterCommit(claimsAdded, count);
        }
    }

    public void conflictRaised(ConflictType type) {
        afterCommit(raised.get(type), 1);
    }

    public void conflictResolved(ConflictStatus status) {
        afterCommit(resolved.get(status), 1);
    }

    public void timexesFound(int count) {
        if (count > 0) {
            afterCommit(timexesFound, count);
        }
    }

    public void annotateRequest() {
        annotateRequests.increment();
    }

    /** A sentence whose extraction failed was skipped (counted when the ingest commits). */
    public void sentenceSkipped() {
        afterCommit(sentenceFailures, 1);
    }

    /** An ingest ran out of its transaction timeout and was rolled back (counted at once: nothing commits). */
    public void ingestTimedOut() {
        ingestTimeouts.increment();
    }

    /** Why a request was answered 503 by {@code io.factline.common.Unavailability}. */
    public enum Unavailable {
        TIMEOUT, BUSY
    }

    /** A request was answered 503 (counted at once: nothing of it commits). */
    public void requestUnavailable(Unavailable reason) {
        unavailable.get(reason).increment();
    }

    /** The timer extraction records into, e.g. {@code Timer.Sample.start()} then {@code stop(timer)}. */
    public Timer extractionTimer() {
        return extraction;
    }

    /** Runs one extraction and records how long it took, also when it throws. */
    public <T> T timeExtraction(Supplier<T> work) {
        return extraction.record(work);
    }

    private void afterCommit(Counter counter, double amount) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment(amount);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }

    private static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
