package io.factline.extraction;

import io.factline.extraction.EventMatcher.Features;
import io.factline.extraction.EventMatcher.Match;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report that matches two stored events, each by {@link EventMatcher}'s rule as if the other were not
 * there, shows that they are one happening that arrived in an order that kept them apart: an outlet
 * naming nobody ("the truce was signed on Tuesday by the two ministers") was stored before the outlets
 * naming the signatories, so nothing tied the two when each came in; a third report tells what both
 * told (s13-merge). The stored events are then merged ({@code io.factline.event.EventAbsorber}).
 *
 * <p>Conservative on purpose, since a wrong merge hides a happening:
 * <ul>
 *   <li>the report asserts (a denial matching two events denies both, it does not join them) and is
 *       not a statement (saying the same on two days is two statements);</li>
 *   <li>each of the two matches would be accepted alone: a match on what was done alone
 *       ({@link Match#alone()}) only while it is the only such match;</li>
 *   <li>neither event has a claim from the report's article yet, and no article has claims on both
 *       (one article does not tell one happening as two: {@link #fromOtherArticles});</li>
 *   <li>the two events' kinds are compatible, neither is a statement, their places do not differ,
 *       their dates overlap or lie at most {@value EventMatcher#NEAR_DAYS} days apart, and they do not
 *       each name a person the other does not ("met Y" / "met Z": two meetings).</li>
 * </ul>
 */
public final class BridgingReport {

    private BridgingReport() {
    }

    /**
     * The stored event the best match's event is bridged to, if any.
     *
     * @param matches every stored event the candidate matches ({@link EventMatcher#score}), best included
     * @param best    the match the candidate's claim goes to ({@link EventMatcher#best})
     * @param asserts whether the candidate asserts (rather than denies)
     */
    public static Optional<Features> bridged(Features candidate, boolean asserts, List<Match> matches, Match best) {
        if (!asserts || EventKinds.STATEMENT.equals(candidate.kind()) || !acceptable(best, matches)
                || toldBy(candidate, best.event())) {
            return Optional.empty();
        }
        Features survivor = best.event();
        return matches.stream()
                .filter(m -> m.event().id() != survivor.id() && acceptable(m, matches))
                .filter(m -> !toldBy(candidate, m.event()) && joinable(survivor, m.event()))
                .max(java.util.Comparator.comparingInt(Match::score).thenComparing(m -> -m.event().id()))
                .map(Match::event);
    }

    /** Whether no article has claims on both events ({@code articlesOf}: the articles of each event's claims). */
    public static boolean fromOtherArticles(long a, long b, Map<Long, Set<Long>> articlesOf) {
        Set<Long> first = articlesOf.getOrDefault(a, Set.of());
        return articlesOf.getOrDefault(b, Set.of()).stream().noneMatch(first::contains);
    }

    /** Whether the event already has a claim from the candidate's article. */
    private static boolean toldBy(Features candidate, Features event) {
        return event.articleIds().stream().anyMatch(candidate.articleIds()::contains);
    }

    /**
     * A match on what was done alone counts only while it is the only such match of its kind of date; a match
     * a day off ({@link DayOffReport}) never bridges (s17-date: it is the weakest tie across two dates).
     */
    private static boolean acceptable(Match match, List<Match> matches) {
        return !match.dayOff() && (!match.alone() || matches.stream()
                .filter(m -> m.alone() && m.sameDate() == match.sameDate()).count() == 1);
    }

    private static boolean joinable(Features a, Features b) {
        if (EventKinds.STATEMENT.equals(a.kind()) || EventKinds.STATEMENT.equals(b.kind())
                || !EventKinds.compatible(a.kind(), b.kind())) {
            return false;
        }
        if (a.date() == null || b.date() == null
                || !a.date().overlaps(b.date()) && EventMatcher.gapDays(a.date(), b.date()) > EventMatcher.NEAR_DAYS) {
            return false;
        }
        boolean incident = Incident.sameFamily(a.kind(), b.kind());
        boolean placesDiffer = incident
                ? IncidentPlaces.relation(a.location(), b.location()) == IncidentPlaces.Relation.DIFFERENT
                : a.location() != null && b.location() != null
                        && !a.location().toLowerCase(Locale.ROOT).equals(b.location().toLowerCase(Locale.ROOT));
        boolean aOwn = a.personIds().stream().anyMatch(id -> !b.participantIds().contains(id));
        boolean bOwn = b.personIds().stream().anyMatch(id -> !a.participantIds().contains(id));
        return !placesDiffer && !(aOwn && bOwn);
    }
}
