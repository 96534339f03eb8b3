package io.factline.timeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.factline.common.FactlineConfig;
import io.factline.common.PageRequest;
import io.factline.event.EventFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Recent timeline pages as the JSON bytes of the response, so that a timeline read by many
 * clients at once is queried and serialized once (a 200-event page is about 250 kB). Correct
 * with several instances on one database by bounding staleness rather than by messaging: an
 * instance drops everything when it writes ({@link TimelineCacheInvalidation}), and a page that
 * another instance made stale by its own write is served for at most
 * {@code factline.cache.timeline-ttl} (default 1 s). A TTL of 0 turns the cache off.
 */
@ApplicationScoped
public class TimelineCache {

    /** One page of one timeline query. */
    record Key(EventFilter filter, PageRequest page) {
    }

    private final Cache<Key, byte[]> pages;

    @Inject
    TimelineCache(FactlineConfig config) {
        this(config.cache().timelineTtl(), config.cache().timelinePages(), Ticker.systemTicker());
    }

    TimelineCache(Duration ttl, long maxPages, Ticker ticker) {
        this.pages = ttl.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxPages).ticker(ticker).build();
    }

    /** The cached page for this query, or the one {@code load} builds, which is then cached. */
    public byte[] get(EventFilter filter, PageRequest page, Supplier<byte[]> load) {
        if (pages == null) {
            return load.get();
        }
        return pages.get(new Key(filter, page), key -> load.get());
    }

    /** Forgets every page: called after this instance changed events, claims or conflicts. */
    public void invalidateAll() {
        if (pages != null) {
            pages.invalidateAll();
        }
    }
}
