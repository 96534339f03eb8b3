package io.factline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.common.PageRequest;
import io.factline.event.EventFilter;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimelineCacheTest {

    private static final EventFilter FILTER = new EventFilter("Harbour Authority", null, null, null, null, null);
    private static final PageRequest PAGE = new PageRequest(200, null);
    private static final int PAGE_BYTES = 1_000;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final TimelineCache cache = new TimelineCache(Duration.ofSeconds(1), 1_000_000, nanos::get, Runnable::run, null);

    @Test
    void shouldBuildAPageOnceWithinTheTtl() {
        load();
        nanos.addAndGet(Duration.ofMillis(900).toNanos());
        load();
        assertEquals(1, loads.get());
    }

    @Test
    void shouldBuildThePageAgainOnceTheTtlHasPassed() {
        load();
        nanos.addAndGet(Duration.ofMillis(1001).toNanos());
        load();
        assertEquals(2, loads.get());
    }

    @Test
    void shouldBuildThePageAgainAfterALocalWrite() {
        load();
        cache.invalidateAll();
        load();
        assertEquals(2, loads.get());
    }

    @Test
    void shouldKeepPagesOfOtherQueriesApart() {
        load();
        cache.get(FILTER, new PageRequest(50, null), this::build);
        assertEquals(2, loads.get());
    }

    @Test
    void shouldBuildThePageAgainWhenAChangeIsAnnounced() {
        BroadcastProcessor<String> changes = BroadcastProcessor.create();
        cache.follow(changes);
        load();
        changes.onNext("event 7 changed on another instance");
        load();
        assertEquals(2, loads.get());
    }

    @Test
    void shouldKeepNoMoreBytesThanItsBudget() {
        TimelineCache small = new TimelineCache(Duration.ofSeconds(1), 3 * PAGE_BYTES, nanos::get, Runnable::run, null);
        for (int limit = 1; limit <= 5; limit++) {
            small.get(FILTER, new PageRequest(limit, null), this::build);
        }
        for (int limit = 1; limit <= 5; limit++) {
            small.get(FILTER, new PageRequest(limit, null), this::build);
        }
        assertTrue(loads.get() >= 7, "at most 3 of the 5 pages were kept, so at least 2 were built again: " + loads);
    }

    @Test
    void shouldNotCacheWithAZeroTtl() {
        TimelineCache off = new TimelineCache(Duration.ZERO, 1_000_000, nanos::get, Runnable::run, null);
        off.get(FILTER, PAGE, this::build);
        off.get(FILTER, PAGE, this::build);
        assertEquals(2, loads.get());
    }

    private void load() {
        cache.get(FILTER, PAGE, this::build);
    }

    private byte[] build() {
        loads.incrementAndGet();
        return new byte[PAGE_BYTES];
    }
}
