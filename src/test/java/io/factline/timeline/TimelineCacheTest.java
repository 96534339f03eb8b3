package io.factline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.common.PageRequest;
import io.factline.event.EventFilter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimelineCacheTest {

    private static final EventFilter FILTER = new EventFilter("Harbour Authority", null, null, null, null, null);
    private static final PageRequest PAGE = new PageRequest(200, null);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final TimelineCache cache = new TimelineCache(Duration.ofSeconds(1), 100, nanos::get);

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
    void shouldNotCacheWithAZeroTtl() {
        TimelineCache off = new TimelineCache(Duration.ZERO, 100, nanos::get);
        off.get(FILTER, PAGE, this::build);
        off.get(FILTER, PAGE, this::build);
        assertEquals(2, loads.get());
    }

    private void load() {
        cache.get(FILTER, PAGE, this::build);
    }

    private byte[] build() {
        loads.incrementAndGet();
        return "{\"items\":[],\"next\":null}".getBytes();
    }
}
