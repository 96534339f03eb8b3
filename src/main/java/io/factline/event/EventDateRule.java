package io.factline.event;

import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives an event's date from the dates its claims give.
 *
 * <ol>
 *   <li>Claims without a date and {@code DEPRECATED} claims are ignored.</li>
 *   <li>If any {@code PREFERRED} claim has a date, the event takes it; among several, the most
 *       precise (fewest days, see {@link EdtfDate#days()}), then the lowest claim id.</li>
 *   <li>Otherwise the <em>pool</em> is the {@code ASSERTS} claims; if none of them has a date,
 *       the pool is all remaining claims (so a date named only in a denial still places the
 *       event).</li>
 *   <li>Each date in the pool is a candidate. Its support is the number of claims in the pool
 *       whose date <em>covers</em> it (every day of the candidate lies within the claim's date;
 *       open sides are unbounded), the candidate's own claim included. So "January 2026" supports
 *       "22 January 2026", but "22 January 2026" does not support "January 2026".</li>
 *   <li>The candidate with the most support wins; ties go to the most precise (fewest days),
 *       then to the date of the earliest report ({@link DatedClaim#reported()}: the publication
 *       time of the claim's article), then the earliest start ({@link EdtfDate#sortStart()}),
 *       then the lowest claim id.</li>
 * </ol>
 * Support counts coverage rather than mere overlap so that a vague claim backs every precise
 * date inside it equally instead of winning itself: with two sources on 22 January, one on
 * 23 January and one saying "January 2026", the event is dated 22 January 2026 (support 3),
 * not January 2026 (which would overlap all four). The disagreement itself is reported as a
 * conflict elsewhere.
 *
 * <p>When two sources disagree and neither has more support (one outlet says Saturday, another
 * Sunday), the first report stands until an editor decides: the outlet that broke the news is
 * the one the others follow up, and a later report that differs is the disagreement the DATE
 * conflict flags, whether its day is earlier or later. The day itself says nothing about which
 * source is right, so "the earlier day" is only the last resort, for reports of one time.
 */
public final class EventDateRule {

    /**
     * What the rule needs from a claim; {@code date} is null when the claim gives none, {@code reported}
     * when the source made it (its article's publication time; for a claim entered by hand, when it was
     * entered), null when unknown.
     */
    public record DatedClaim(long claimId, EdtfDate date, Rank rank, Stance stance, Instant reported) {

        public DatedClaim(long claimId, EdtfDate date, Rank rank, Stance stance) {
            this(claimId, date, rank, stance, null);
        }
    }

    private static final Comparator<DatedClaim> FIRST_REPORTED = Comparator.comparing(DatedClaim::reported,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Comparator<DatedClaim> MOST_PRECISE =
            Comparator.comparingLong((DatedClaim c) -> c.date().days());

    private EventDateRule() {
    }

    /** The event's date, or empty when no counted claim gives one. */
    public static Optional<EdtfDate> derive(List<DatedClaim> claims) {
        List<DatedClaim> dated = claims.stream()
                .filter(c -> c.date() != null && c.rank() != Rank.DEPRECATED)
                .toList();
        Optional<DatedClaim> preferred = dated.stream()
                .filter(c -> c.rank() == Rank.PREFERRED)
                .min(MOST_PRECISE.thenComparingLong(DatedClaim::claimId));
        if (preferred.isPresent()) {
            return Optional.of(preferred.get().date());
        }
        List<DatedClaim> asserting = dated.stream()
                .filter(c -> c.stance() == Stance.ASSERTS)
                .toList();
        List<DatedClaim> pool = asserting.isEmpty() ? dated : asserting;
        // Support depends on the date alone: counted once per distinct date, not twice per comparison, so an
        // event with thousands of claims on a few dates costs a pass per date, not one per pair of claims.
        Map<EdtfDate, Long> support = new HashMap<>();
        pool.forEach(c -> support.computeIfAbsent(c.date(), date -> support(date, pool)));
        Comparator<DatedClaim> best = Comparator
                .comparingLong((DatedClaim c) -> -support.get(c.date()))
                .thenComparing(MOST_PRECISE)
                .thenComparing(FIRST_REPORTED)
                .thenComparing(c -> c.date().sortStart())
                .thenComparingLong(DatedClaim::claimId);
        return pool.stream().min(best).map(DatedClaim::date);
    }

    private static long support(EdtfDate date, List<DatedClaim> pool) {
        return pool.stream()
                .filter(c -> c.date().covers(date))
                .count();
    }
}
