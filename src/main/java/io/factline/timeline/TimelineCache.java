package io.factline.timeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.factline.common.FactlineConfig;
import io.factline.common.PageRequest;
import io.factline.event.EventFilter;
import io.factline.live.ChangeBus;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Recent timeline pages as the JSON bytes of the response, so that a timeline read by many
 * clients at once is queried and serialized once (a 200-event page is about 250 kB). Correct
 * with several instances on one database: an instance drops every page when it writes
 * ({@link TimelineCacheInvalidation}) and when the {@link ChangeBus} announces a committed change
 * to an event or a conflict from any instance (PostgreSQL LISTEN/NOTIFY). A page is never kept
 * longer than {@code factline.cache.timeline-ttl} (default 1 s), which bounds staleness where no
 * announcement comes (an alias added on another instance, a notification lost while the
 * listening connection reconnects). A TTL of 0 turns the cache off.
 */
@ApplicationScoped
public class TimelineCache {

    private static final Logger LOG = Logger.getLogger(TimelineCache.class);

    /** One page of one timeline query. */
    record Key(EventFilter filter, PageRequest page) {
    }

    private final Cache<Key, byte[]> pages;
    private final ChangeBus bus;

    @Inject
    TimelineCache(FactlineConfig config, ChangeBus bus) {
        this(config.cache().timelineTtl(), config.cache().timelineMaxSize().asLongValue(), Ticker.systemTicker(),
                Runnable::run, bus);
    }

    /**
     * @param maxBytes most bytes of JSON kept; evictions and expiries run on {@code maintenance}
     */
    TimelineCache(Duration ttl, long maxBytes, Ticker ticker, Executor maintenance, ChangeBus bus) {
        this.pages = ttl.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).ticker(ticker).executor(maintenance)
                        .maximumWeight(maxBytes).weigher((Key key, byte[] page) -> page.length).build();
        this.bus = bus;
    }

    void listen(@Observes StartupEvent start) {
        follow(bus.changes());
    }

    /** Drops every page whenever {@code changes} emits. */
    void follow(Multi<?> changes) {
        if (pages != null) {
            changes.subscribe().with(change -> invalidateAll(),
                    failure -> LOG.warn("The change bus failed; timeline pages now expire by their TTL only", failure));
        }
    }

    /** The cached page for this query, or the one {@code load} builds, which is then cached. */
    public byte[] get(EventFilter filter, PageRequest page, Supplier<byte[]> load) {
        if (pages == null) {
            return load.get();
        }
        return pages.get(new Key(filter, page), key -> load.get());
    }

    /** Forgets every page: called after events, claims or conflicts changed. */
    public void invalidateAll() {
        if (pages != null) {
            pages.invalidateAll();
        }
    }
}
