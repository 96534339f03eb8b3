package io.factline.extraction;

import static io.factline.extraction.MatcherFeatures.ids;

import io.factline.claim.Stance;
import io.factline.entity.NamedEntity;
import io.factline.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds, for each candidate of an article, the stored events it may be: by shared participants (one query for
 * the article) and, for the candidates {@link #reach} says, by the actions of its kind around its day.
 */
@ApplicationScoped
class CandidateEvents {

    /** How many stored events a lookup (shared participants, one action) answers at most. */
    static final int CANDIDATE_ROWS = 12;

    private final EventRepository events;

    CandidateEvents(EventRepository events) {
        this.events = events;
    }

    /**
     * For each candidate, the ids of the stored events it may match: those that share one of its
     * participants and whose date is within {@link EventMatcher#NEAR_DAYS} of its own (or that have
     * no date yet), the {@link #CANDIDATE_ROWS} sharing the most participants. One query for the
     * whole article ({@link StoredCandidates}). What the database cannot see yet (events created,
     * participants added while the article is stored) is not in it: {@code local} adds the former.
     */
    List<List<Long>> storedCandidates(List<EventCandidate> found, List<List<NamedEntity>> participantsOf,
            ActionLookups.Reader reader, Affiliations affiliations) {
        Set<Long> all = new HashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (int i = 0; i < found.size(); i++) {
            if (participantsOf.get(i).isEmpty()) {
                continue;
            }
            all.addAll(affiliations.related(ids(participantsOf.get(i))));
            LocalDate start = found.get(i).date().sortStart().minusDays(EventMatcher.NEAR_DAYS);
            LocalDate end = found.get(i).date().sortEnd().plusDays(EventMatcher.NEAR_DAYS);
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
        }
        StoredCandidates pool = all.isEmpty() ? StoredCandidates.none() : StoredCandidates.read(events, all, from, to);
        // A candidate that names nobody can only match on action (or kind), place and day, or a few days
        // away on object or source (EventMatcher, UnnamedDateDisagreement); one that names someone may be
        // what a stored report naming nobody, or another outlet's report of the same incident, told: the
        // stored events of its kind's actions around its day are read too (one walk per action; reach()).
        List<ActionLookups.Lookup> unnamed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            EventCandidate candidate = found.get(i);
            int reach = reach(candidate, participantsOf.get(i).isEmpty());
            if (reach >= 0) {
                unnamed.add(new ActionLookups.Lookup(EventKinds.actionsLike(candidate.action(), candidate.kind()),
                        candidate.stance(), candidate.date().sortStart().minusDays(reach),
                        candidate.date().sortEnd().plusDays(reach)));
            }
        }
        Iterator<List<Long>> newest = ActionLookups.newestIds(reader, unnamed, CANDIDATE_ROWS).iterator();
        List<List<Long>> result = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Set<Long> ids = affiliations.related(ids(participantsOf.get(i)));
            EventCandidate candidate = found.get(i);
            if (ids.isEmpty()) {
                result.add(newest.next());
                continue;
            }
            List<Long> shared = pool.top(ids, candidate.date().sortStart().minusDays(EventMatcher.NEAR_DAYS),
                    candidate.date().sortEnd().plusDays(EventMatcher.NEAR_DAYS), CANDIDATE_ROWS);
            if (reach(candidate, false) >= 0) {
                List<Long> both = new ArrayList<>(shared);
                newest.next().stream().filter(id -> !both.contains(id)).forEach(both::add);
                shared = both;
            }
            result.add(shared);
        }
        return result;
    }

    /**
     * How many days around a candidate the stored events of its kind's actions are read, or -1 when they
     * are not: a candidate naming nobody, {@link EventMatcher#NEAR_DAYS}; a named report of an incident
     * (s12-incident: another outlet may name other people and places and be a day off),
     * {@link Incident#NEAR_DAYS}; a named, dated assertion of a kind that tells one happening of its day
     * (s9-scena; session 12: a stored report naming nobody may give another day), {@link EventMatcher#NEAR_DAYS}.
     */
    static int reach(EventCandidate candidate, boolean nobodyNamed) {
        if (nobodyNamed) {
            return EventMatcher.NEAR_DAYS;
        }
        if (Incident.family(candidate.kind()) != null && candidate.date() != null) {
            return Incident.NEAR_DAYS;
        }
        return namedTelling(candidate) ? EventMatcher.NEAR_DAYS : -1;
    }

    /**
     * A named, dated assertion of a kind that tells one happening of its day ({@link EventKinds#telling}), whether
     * a kind of the list or one named by its own verb (s13-merge: "the truce was signed on Tuesday" stored naming
     * nobody is what "the two ministers signed the agreement on Tuesday" tells).
     */
    static boolean namedTelling(EventCandidate candidate) {
        return candidate.stance() == Stance.ASSERTS && EventKinds.telling(candidate.kind()) && candidate.date() != null;
    }
}
