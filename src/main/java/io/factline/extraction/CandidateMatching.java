package io.factline.extraction;

import static io.factline.extraction.MatcherFeatures.THIS_ARTICLE;
import static io.factline.extraction.MatcherFeatures.features;
import static io.factline.extraction.MatcherFeatures.ids;
import static io.factline.extraction.MatcherFeatures.people;

import io.factline.claim.Stance;
import io.factline.entity.NamedEntity;
import io.factline.entity.Names;
import io.factline.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored event a candidate joins, if any: {@link EventMatcher}'s best among the stored events read for
 * it and the events this article created, and the one it bridges that event to ({@link BridgingReport}).
 */
final class CandidateMatching {

    private CandidateMatching() {
    }

    /** The entity the candidate's source names, when this ingest has resolved it already (no query). */
    static Set<Long> sourceIds(EventCandidate candidate, Map<String, NamedEntity> seen) {
        NamedEntity source = candidate.attributedTo() == null ? null : seen.get(Names.normalize(candidate.attributedTo()));
        return source == null ? Set.of() : Set.of(source.id);
    }

    /** The stored event a candidate joins and, when the candidate bridges it to another ({@link BridgingReport}), that one. */
    record Matched(Event event, Event bridged) {
    }

    static Optional<Matched> matching(EventCandidate candidate, List<NamedEntity> participants, Set<Long> sourceIds,
            List<Event> candidates, Set<Long> fromThisArticle, List<Event> local, Affiliations affiliations,
            List<EventCandidate> article, Function<Long, List<String>> quotesOf) {
        Set<Long> ids = ids(participants);
        Set<Long> related = affiliations.related(ids);
        boolean unnamed = ids.isEmpty();
        List<Event> found = new ArrayList<>(candidates);
        Set<Long> stored = found.stream().map(e -> e.id).collect(Collectors.toSet());
        local.stream()
                .filter(e -> !stored.contains(e.id) && (candidate.action().equals(e.action)
                        && (unnamed || e.participants.isEmpty()) || e.participants.stream().anyMatch(p -> related.contains(p.id))))
                .forEach(found::add);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EventMatcher.Features self = new EventMatcher.Features(-1, ids, candidate.kind(), candidate.action(),
                candidate.theme(), candidate.location(), candidate.date(), Set.of(THIS_ARTICLE), sourceIds,
                candidate.subject(), people(participants), affiliations.of(ids), candidate.stance() == Stance.DENIES);
        Map<Long, Event> byId = new HashMap<>();
        found.forEach(e -> byId.put(e.id, e));
        List<EventMatcher.Features> storedFeatures = features(found, fromThisArticle, affiliations);
        Optional<EventMatcher.Match> best = EventMatcher.best(self, storedFeatures);
        // s17-date: a report with another date is not the event when either side tells its act as a repeat (and,
        // a day off, when its own article tells the act on two days).
        if (best.isEmpty() || !best.get().sameDate() && RepeatedAct.told(candidate,
                best.get().dayOff() ? article : List.of(), quotesOf.apply(best.get().event().id()))) {
            return Optional.empty();
        }
        Event event = byId.get(best.get().event().id());
        Event bridged = local.contains(event) ? null
                : BridgingReport.bridged(self, candidate.stance() == Stance.ASSERTS, EventMatcher.matches(self, storedFeatures),
                        best.get()).map(f -> byId.get(f.id())).filter(e -> !local.contains(e)).orElse(null);
        return Optional.of(new Matched(event, bridged));
    }
}
