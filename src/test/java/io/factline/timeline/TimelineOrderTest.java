package io.factline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import io.factline.timeline.TimelineOrder.Key;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineOrderTest {

    private static Key item(long id, String title, String date) {
        return Key.of(id, title, date == null ? null : EdtfDate.parse(date));
    }

    private static List<String> sortedTitles(List<Key> items, long seed) {
        List<Key> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(TimelineOrder.ORDER);
        return shuffled.stream().map(k -> k.title() + "#" + k.id()).toList();
    }

    private static boolean before(Key a, Key b) {
        return TimelineOrder.ORDER.compare(a, b) < 0 && TimelineOrder.ORDER.compare(b, a) > 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-08-01", "2025-08-02", "2025-08-15", "2025-08-31",
            "2025-08-01T00:00Z", "2025-08-01/2025-08-03"})
    void shouldPutAMonthBeforeEveryDayInside(String day) {
        assertTrue(before(item(2, "Z", "2025-08"), item(1, "A", day)));
    }

    @Test
    void shouldPutAYearBeforeTheMonthsThatStartWithIt() {
        assertTrue(before(item(2, "Z", "2025"), item(1, "A", "2025-01")));
    }

    @Test
    void shouldOrderByStartFirst() {
        assertTrue(before(item(2, "Z", "2025-07-31"), item(1, "A", "2025-08")));
        assertTrue(before(item(2, "Z", "2025"), item(1, "A", "2025-08")));
    }

    @Test
    void shouldOrderSameSpanByTitleThenId() {
        assertTrue(before(item(9, "Alpha", "2025-08-01"), item(1, "Beta", "2025-08-01T10:00Z")));
        assertTrue(before(item(1, "Same", "2025-08-01"), item(2, "Same", "2025-08-01")));
    }

    @Test
    void shouldPutUndatedItemsLastOrderedByTitle() {
        assertTrue(before(item(1, "Z", "9999"), item(2, "A", null)));
        assertTrue(before(item(1, "A", null), item(2, "B", null)));
        assertEquals(TimelineOrder.UNDATED, item(1, "A", null).sortStart());
        assertEquals(LocalDate.of(9999, 12, 31), item(1, "A", null).sortEnd());
    }

    @Test
    void shouldOrderMixedPrecisionDeterministically() {
        List<Key> items = List.of(
                item(1, "undated", null),
                item(2, "day", "2025-08-15"),
                item(3, "first of month", "2025-08-01"),
                item(4, "month", "2025-08"),
                item(5, "year", "2025"),
                item(6, "open start", "../2025-03"),
                item(7, "three days", "2025-08-01/2025-08-03"),
                item(8, "first of month", "2025-08-01T09:30Z"),
                item(9, "open end", "2025-08-01/.."),
                item(10, "autumn", "2025-23"),
                item(11, "about", "2025-08-15~"),
                item(12, "decade", "202X"),
                item(13, "another undated", null));
        List<String> expected = List.of(
                "open start#6", "decade#12", "year#5",
                "open end#9", "month#4", "three days#7", "first of month#3", "first of month#8",
                "about#11", "day#2", "autumn#10",
                "another undated#13", "undated#1");
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(expected, sortedTitles(items, seed), "seed " + seed);
        }
    }

    @Test
    void shouldBuildKeysFromOpenIntervals() {
        Key until = item(1, "A", "../2026-01-20");
        Key from = item(2, "B", "2026-01-01/..");
        assertEquals(EdtfDate.OPEN_START, until.sortStart());
        assertEquals(LocalDate.of(2026, 1, 20), until.sortEnd());
        assertEquals(LocalDate.of(2026, 1, 1), from.sortStart());
        assertEquals(EdtfDate.OPEN_END, from.sortEnd());
    }
}
