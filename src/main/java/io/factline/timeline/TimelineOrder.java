package io.factline.timeline;

import io.factline.date.EdtfDate;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of a timeline: by interval start ascending, then interval end <em>descending</em>,
 * then title ascending, then id ascending. Undated items come last.
 *
 * <p>"Then end" is descending so that on a shared start the wider date comes first, as a
 * container before its contents: "August 2025" (1–31 August) sorts before every day of that
 * month, 1 August included, and "2025" before "January 2025". With end ascending, 1 August would
 * come before August 2025 while 2 August would come after it. Days and times on one day share
 * both keys and are ordered by title, then id, which makes the order total and deterministic.
 *
 * <p>Keys: {@code sortStart} is the first day covered, {@link EdtfDate#OPEN_START} (0001-01-01)
 * when the start is open; {@code sortEnd} the last day, {@link EdtfDate#OPEN_END} (9999-12-31)
 * when the end is open. An undated item has both keys {@link #UNDATED} (9999-12-31), which puts
 * it after every dated item. Titles compare by {@link String#compareTo} (UTF-16 code units,
 * case-sensitive). The same order in SQL:
 * <pre>ORDER BY sort_start ASC, sort_end DESC, title ASC, id ASC</pre>
 * (H2's default collation compares strings the same way; on PostgreSQL use {@code COLLATE "C"}).
 */
public final class TimelineOrder {

    /** Both sort keys of an item without a date. */
    public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    /** What the order needs from a timeline item. */
    public interface Ordered {
        LocalDate sortStart();

        LocalDate sortEnd();

        String title();

        long id();
    }

    /** An item's sort keys on their own, e.g. to build them from an event's date. */
    public record Key(LocalDate sortStart, LocalDate sortEnd, String title, long id)
            implements Ordered {

        /** The keys for an item dated {@code date}, or for an undated item when it is null. */
        public static Key of(long id, String title, EdtfDate date) {
            return new Key(TimelineOrder.sortStart(date), TimelineOrder.sortEnd(date), title, id);
        }
    }

    /** Start ascending, end descending, title ascending, id ascending. */
    public static final Comparator<Ordered> ORDER = Comparator
            .comparing(Ordered::sortStart)
            .thenComparing(Ordered::sortEnd, Comparator.reverseOrder())
            .thenComparing(Ordered::title, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Ordered::id);

    private TimelineOrder() {
    }

    /** The start key of an item dated {@code date}; {@link #UNDATED} when it has no date. */
    public static LocalDate sortStart(EdtfDate date) {
        return date == null ? UNDATED : date.sortStart();
    }

    /** The end key of an item dated {@code date}; {@link #UNDATED} when it has no date. */
    public static LocalDate sortEnd(EdtfDate date) {
        return date == null ? UNDATED : date.sortEnd();
    }
}
