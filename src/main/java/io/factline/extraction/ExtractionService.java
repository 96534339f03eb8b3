package io.factline.extraction;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.ClaimView;
import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.common.Timestamps;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictView;
import io.factline.date.EdtfDate;
import io.factline.entity.EntityKind;
import io.factline.entity.NamedEntity;
import io.factline.entity.Names;
import io.factline.event.Event;
import io.factline.event.EventAbsorber;
import io.factline.event.EventLinkRepository;
import io.factline.event.EventRefresh;
import io.factline.event.EventRepository;
import io.factline.event.EventView;
import io.factline.event.EventViews;
import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores what the extractor finds in an article: each candidate becomes a claim, on the stored
 * event {@link EventMatcher} says it is, or on a new event; denial statements are linked to what
 * they deny (a denial of a dated event matches that event directly);
 * every touched event's date and conflicts are recomputed. Matching candidates are found by
 * indexed queries (shared participants within a date window; the same action within a window),
 * never by reading all events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExtractionService {

    private static final int CANDIDATE_ROWS = 12;
    /** Stands for the article being ingested in {@link EventMatcher.Features#articleIds()}. */
    private static final long THIS_ARTICLE = -1;

    private final ExtractionPipeline pipeline;
    private final ExtractedEntities entities;
    private final EventRepository events;
    private final ClaimRepository claims;
    private final EventLinkRepository links;
    private final EventRefresh refresh;
    private final EventViews views;
    private final EntityManager em;
    private final FactlineMetrics metrics;
    private final EventAbsorber absorber;
    private final AffiliationStore affiliationStore;

    ExtractionService(ExtractionPipeline pipeline, ExtractedEntities entities, EventRepository events,
            ClaimRepository claims, EventLinkRepository links, EventRefresh refresh, EventViews views,
            EntityManager em, FactlineMetrics metrics, EventAbsorber absorber, AffiliationStore affiliationStore) {
        this.absorber = absorber;
        this.affiliationStore = affiliationStore;
        this.pipeline = pipeline;
        this.entities = entities;
        this.events = events;
        this.claims = claims;
        this.links = links;
        this.refresh = refresh;
        this.views = views;
        this.em = em;
        this.metrics = metrics;
    }

    /** What an ingest produced. */
    public record Outcome(List<EventView> events, List<ClaimView> claims, List<ConflictView> conflicts) {
    }

    /**
     * Extracts the article's events and claims. With {@code corrected}, the claims extracted from
     * its earlier text are first marked superseded: kept, but no longer counted.
     */
    public Outcome extract(Article article, boolean corrected) {
        Set<Long> touched = new LinkedHashSet<>();
        // The stances each event whose claims the correction supersedes still has counting claims of,
        // until the refresh derives its flags again (ActionLookups.Reader#counting).
        Map<Long, Set<Stance>> counting = new HashMap<>();
        if (corrected) {
            for (Claim old : claims.activeOfArticle(article.id)) {
                old.superseded = true;
                old.updatedAt = Timestamps.now();
                touched.add(old.eventId);
            }
            claims.flush();
            touched.forEach(id -> counting.put(id, EnumSet.noneOf(Stance.class)));
            claims.ofEvents(touched).forEach(c -> counting.get(c.eventId).add(c.stance));
        }
        ActionLookups.Reader reader = ActionLookups.Reader.of(events).counting(counting);
        List<Claim> added = new ArrayList<>();
        Map<Long, Boolean> statementDenials = new LinkedHashMap<>();
        List<Long> asserted = new ArrayList<>();
        Set<Long> fromThisArticle = new HashSet<>();
        List<Event> local = new ArrayList<>();
        Map<String, NamedEntity> seen = new HashMap<>();
        EventExtractor.Extraction extraction = pipeline.read(article.body, article.publishedOn,
                entities.storedPeople(StoredPeople.words(article.body)), article.url);
        List<EventCandidate> found = extraction.candidates();
        lockParticipants(found, extraction.affiliations(), seen);
        // Queries do not flush first (auto-flush dirty-checked everything loaded, before every
        // query): the session is flushed once per step instead. While candidates are matched,
        // what the database cannot see yet (new entities' aliases, new events' participants) is
        // kept in `seen` and `local`.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            List<List<NamedEntity>> participantsOf = found.stream()
                    .map(c -> entities.resolve(c.participants(), seen)).toList();
            // Session 15 (s15-parties): what the participants act for, said here or by earlier articles.
            Affiliations affiliations = affiliationStore.store(extraction.affiliations(), seen);
            affiliationStore.load(affiliations, ids(participantsOf.stream().flatMap(List::stream).toList()));
            List<List<Long>> storedOf = storedCandidates(found, participantsOf, reader, affiliations);
            Map<Long, Event> stored = new HashMap<>();
            Set<Long> lockedForMerge = new HashSet<>();
            Map<Long, Event> ofArticle = new HashMap<>();
            events.withParticipantsLoaded(storedOf.stream().flatMap(List::stream).collect(Collectors.toSet()))
                    .forEach(e -> stored.put(e.id, e));
            affiliationStore.load(affiliations, ids(stored.values().stream().flatMap(e -> e.participants.stream()).toList()));
            for (int i = 0; i < found.size(); i++) {
                EventCandidate candidate = found.get(i);
                List<NamedEntity> participants = participantsOf.get(i);
                List<Event> candidates = storedOf.get(i).stream().map(stored::get).filter(e -> e != null).toList();
                Matched matched = matching(candidate, participants, sourceIds(candidate, seen), candidates,
                        fromThisArticle, local, affiliations, found).orElse(null);
                Event event;
                if (matched == null) {
                    event = create(candidate, participants);
                    local.add(event);
                    metrics.eventCreated();
                } else {
                    event = matched.event();
                    Event absorbed = matched.bridged() == null ? null
                            : absorb(event, matched.bridged(), stored, lockedForMerge);
                    if (absorbed != null) {
                        event = absorbed == event ? matched.bridged() : event;
                        touched.remove(absorbed.id);
                        Set<Stance> stances = counting.remove(absorbed.id);
                        if (stances != null) {
                            counting.computeIfAbsent(event.id, k -> EnumSet.noneOf(Stance.class)).addAll(stances);
                        }
                    }
                    if (!local.contains(event) && lockedForMerge.add(event.id)) {
                        lockForMerge(event);
                    }
                    enrich(event, candidate, participants);
                    metrics.eventMerged();
                }
                ofArticle.put(event.id, event);
                added.add(claim(event, candidate, article));
                event.counts(candidate.stance());
                if (counting.containsKey(event.id)) {
                    counting.get(event.id).add(candidate.stance());
                }
                metrics.claimsAdded(1);
                touched.add(event.id);
                fromThisArticle.add(event.id);
                if (candidate.stance() == Stance.DENIES) {
                    statementDenials.put(event.id, EventKinds.STATEMENT.equals(candidate.kind()));
                } else {
                    asserted.add(event.id);
                }
            }
            // Persisted after all new events, so that the events' inserts and then the claims'
            // go to the database as two JDBC batches, in an order that satisfies claim.event_id.
            claims.persist(added);
            em.flush();
            // The candidates loaded for matching that the article does not touch, and its claims, are
            // done with: the later flushes check the article's events rather than every candidate read.
            // The article's events stay, with their participants, for linking.
            stored.values().stream().filter(e -> !ofArticle.containsKey(e.id)).forEach(em::detach);
            added.forEach(em::detach);
            Map<Long, Event> loaded = ofArticle;
            List<Event> denials = statementDenials.entrySet().stream().filter(Map.Entry::getValue)
                    .map(d -> loaded.get(d.getKey())).filter(ExtractionService::linkable).toList();
            List<Event> assertedEvents = asserted.stream().distinct().map(loaded::get).filter(e -> e != null).toList();
            // What each denial may deny and what may deny each asserted event: the newest few stored
            // events of its action and the actions paired with it ("sent" / "has not received"),
            // as ids; then all of them are loaded together, with one query.
            List<Event> linkableAsserted = assertedEvents.stream().filter(ExtractionService::linkable).toList();
            List<ActionLookups.Lookup> lookups = new ArrayList<>();
            denials.forEach(d -> lookups.add(new ActionLookups.Lookup(EventKinds.sameOrConverseActions(d.action),
                    Stance.ASSERTS, deniedFrom(d), EdtfDate.stored(d.dateValue).sortEnd())));
            linkableAsserted.forEach(e -> lookups.add(new ActionLookups.Lookup(
                    EventKinds.sameOrConverseActions(e.action), Stance.DENIES, EdtfDate.stored(e.dateValue).sortStart(),
                    denialsTo(e))));
            List<List<Long>> newest = ActionLookups.newestIds(reader, lookups, CANDIDATE_ROWS);
            Map<Long, List<Long>> deniedBy = new HashMap<>();
            for (int i = 0; i < denials.size(); i++) {
                deniedBy.put(denials.get(i).id, newest.get(i));
            }
            Map<Long, List<Long>> denying = new HashMap<>();
            for (int i = 0; i < linkableAsserted.size(); i++) {
                long id = linkableAsserted.get(i).id;
                denying.put(id, newest.get(denials.size() + i).stream().filter(d -> d != id).toList());
            }
            Set<Long> needed = new HashSet<>();
            deniedBy.values().forEach(needed::addAll);
            denying.values().forEach(needed::addAll);
            Map<Long, Event> near = new HashMap<>();
            events.withParticipantsLoaded(needed).forEach(e -> near.put(e.id, e));
            affiliationStore.load(affiliations, ids(near.values().stream().flatMap(e -> e.participants.stream()).toList()));
            denials.forEach(d -> linkDenial(d, deniedBy.get(d.id), near, touched, fromThisArticle, affiliations));
            linkDeniers(assertedEvents, denying, near, touched, affiliations);
            em.flush();
            // The events read for linking (a dozen per lookup, with their participants) are done with:
            // the refresh reads what it changes again, so the flushes after it and the commit's do not
            // dirty-check them.
            em.clear();
            Map<Long, Event> refreshed = new HashMap<>();
            EventRefresh.Refreshed result = refresh.refresh(touched);
            result.events().forEach(e -> refreshed.put(e.id, e));
            em.flush();
            List<Event> changed = touched.stream().map(refreshed::get).filter(e -> e != null).toList();
            events.loadTags(refreshed.keySet());
            // The refresh read the conflicts of every touched event and kept them current: no query again.
            List<Conflict> ofTouched = result.conflictsOf(touched);
            List<ConflictView> raised = ofTouched.stream()
                    .filter(c -> c.status == ConflictStatus.OPEN)
                    .map(ConflictView::from)
                    .toList();
            return new Outcome(views.of(changed, article.id, ofTouched), added.stream().map(ClaimView::from).toList(),
                    raised);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /**
     * Serialises concurrent ingests that involve the same people, organisations or places, so that
     * two outlets' reports of one event posted at the same moment still meet on one event: each
     * ingest resolves all its participants first, then locks their rows in id order (one
     * statement, one order for everyone, so no deadlock) before it looks for matching events.
     * Ingests about unrelated entities do not wait for each other. A row lock, not an in-process
     * lock, so it holds across instances on one PostgreSQL.
     */
    private void lockParticipants(List<EventCandidate> found, List<Affiliation> affiliations,
            Map<String, NamedEntity> seen) {
        // Resolved in name order, so that concurrent ingests creating the same new entities insert
        // their aliases in the same order and wait for each other instead of deadlocking.
        List<EventCandidate.Participant> all = java.util.stream.Stream.concat(
                        found.stream().flatMap(c -> c.participants().stream()),
                        affiliations.stream().flatMap(a -> java.util.stream.Stream.of(
                                new EventCandidate.Participant(a.member(), a.memberKind()),
                                new EventCandidate.Participant(a.affiliate(), a.affiliateKind()))))
                .sorted(java.util.Comparator.comparing(p -> Names.normalize(p.name())))
                .toList();
        Set<Long> ids = new java.util.TreeSet<>();
        Set<String> absent = new HashSet<>();
        entities.prefetch(all, seen, absent);
        entities.resolve(all, seen, absent).forEach(e -> ids.add(e.id));
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("select id from named_entity where id in (:ids) order by id for update")
                .setParameter("ids", ids).getResultList();
    }

    /**
     * For each candidate, the ids of the stored events it may match: those that share one of its
     * participants and whose date is within {@link EventMatcher#NEAR_DAYS} of its own (or that have
     * no date yet), the {@link #CANDIDATE_ROWS} sharing the most participants. One query for the
     * whole article ({@link StoredCandidates}). What the database cannot see yet (events created,
     * participants added while the article is stored) is not in it: {@code local} adds the former.
     */
    private List<List<Long>> storedCandidates(List<EventCandidate> found, List<List<NamedEntity>> participantsOf,
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
    private static int reach(EventCandidate candidate, boolean nobodyNamed) {
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
    private static boolean namedTelling(EventCandidate candidate) {
        return candidate.stance() == Stance.ASSERTS && EventKinds.telling(candidate.kind()) && candidate.date() != null;
    }

    /** The entity the candidate's source names, when this ingest has resolved it already (no query). */
    private static Set<Long> sourceIds(EventCandidate candidate, Map<String, NamedEntity> seen) {
        NamedEntity source = candidate.attributedTo() == null ? null : seen.get(Names.normalize(candidate.attributedTo()));
        return source == null ? Set.of() : Set.of(source.id);
    }

    /** The stored event a candidate joins and, when the candidate bridges it to another ({@link BridgingReport}), that one. */
    private record Matched(Event event, Event bridged) {
    }

    private Optional<Matched> matching(EventCandidate candidate, List<NamedEntity> participants, Set<Long> sourceIds,
            List<Event> candidates, Set<Long> fromThisArticle, List<Event> local, Affiliations affiliations,
            List<EventCandidate> article) {
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
                best.get().dayOff() ? article : List.of(), claims.quotesOf(best.get().event().id()))) {
            return Optional.empty();
        }
        Event event = byId.get(best.get().event().id());
        Event bridged = local.contains(event) ? null
                : BridgingReport.bridged(self, candidate.stance() == Stance.ASSERTS, EventMatcher.matches(self, storedFeatures),
                        best.get()).map(f -> byId.get(f.id())).filter(e -> !local.contains(e)).orElse(null);
        return Optional.of(new Matched(event, bridged));
    }

    /**
     * Merges the two stored events a report bridged ({@link BridgingReport}) when no article has claims on
     * both; the older one survives, so the id first reported stays. Both rows are locked first.
     *
     * @return the event absorbed (deleted), or null when they were not merged
     */
    private Event absorb(Event event, Event bridged, Map<Long, Event> stored, Set<Long> lockedForMerge) {
        if (!BridgingReport.fromOtherArticles(event.id, bridged.id, claims.articlesOf(List.of(event.id, bridged.id)))) {
            return null;
        }
        Event survivor = event.id < bridged.id ? event : bridged;
        Event absorbed = survivor == event ? bridged : event;
        for (Event e : List.of(survivor, absorbed)) {
            if (lockedForMerge.add(e.id)) {
                lockForMerge(e);
            }
        }
        absorber.absorb(survivor, absorbed);
        stored.remove(absorbed.id);
        return absorbed;
    }

    /** Whether the event has what linking a denial needs: an action and a date. */
    private static boolean linkable(Event event) {
        return event != null && event.action != null && event.dateValue != null;
    }

    /**
     * The earliest day of what a denial statement may deny: {@link EventMatcher#RESTATED_DENIAL_REACH_DAYS}
     * before it (a denial that restates who did what reaches that far; {@link EventMatcher#denies} keeps the
     * others to {@link EventMatcher#DENIAL_LOOKBACK_DAYS}).
     */
    private static LocalDate deniedFrom(Event denial) {
        return EdtfDate.stored(denial.dateValue).sortStart().minusDays(EventMatcher.RESTATED_DENIAL_REACH_DAYS);
    }

    /** The last day of a denial of this event: {@link EventMatcher#RESTATED_DENIAL_REACH_DAYS} after it (as above). */
    private static LocalDate denialsTo(Event asserted) {
        return EdtfDate.stored(asserted.dateValue).sortEnd().plusDays(EventMatcher.RESTATED_DENIAL_REACH_DAYS);
    }

    /**
     * Links a denial statement to the stored asserted event it most likely denies, among the
     * {@link #CANDIDATE_ROWS} newest asserted events of its action dated within the lookback
     * ({@code ids}, newest first; {@code near} holds them loaded).
     */
    private void linkDenial(Event denial, List<Long> ids, Map<Long, Event> near, Set<Long> touched,
            Set<Long> fromThisArticle, Affiliations affiliations) {
        List<Event> asserted = ids.stream().map(near::get).filter(e -> e != null).toList();
        if (asserted.isEmpty()) {
            return;
        }
        EventMatcher.Features self = features(List.of(denial), fromThisArticle, affiliations).get(0);
        EventMatcher.mostLikelyDenied(self, features(asserted, fromThisArticle, affiliations)).ifPresent(target -> {
            links.link(target.id(), denial.id);
            touched.add(target.id());
        });
    }

    /**
     * Links each asserted event to stored denial statements (reported earlier) that deny it and
     * deny nothing else yet. Each event takes the {@link #CANDIDATE_ROWS} newest denials of its
     * action whose dates meet its window ({@code denying}, by event; {@code near} holds them
     * loaded), as a query per event would; whether the statements among them are linked already
     * is read with one query. Links made while this article is stored do not count as "linked
     * already" (they are not flushed before the end), as before.
     */
    private void linkDeniers(List<Event> asserted, Map<Long, List<Long>> denying, Map<Long, Event> near,
            Set<Long> touched, Affiliations affiliations) {
        Map<Long, List<Event>> deniersOf = new HashMap<>();
        Set<Long> denierIds = new HashSet<>();
        denying.forEach((id, list) -> {
            List<Event> statements = list.stream().map(near::get)
                    .filter(d -> d != null && EventKinds.STATEMENT.equals(d.kind)).toList();
            deniersOf.put(id, statements);
            statements.forEach(d -> denierIds.add(d.id));
        });
        if (denierIds.isEmpty()) {
            return;
        }
        Set<Long> linkedAlready = new HashSet<>();
        links.ofAny(denierIds).forEach(l -> {
            linkedAlready.add(l.assertedEventId);
            linkedAlready.add(l.denyingEventId);
        });
        for (Event event : asserted) {
            List<Event> deniers = deniersOf.getOrDefault(event.id, List.of());
            if (deniers.isEmpty()) {
                continue;
            }
            EventMatcher.Features target = features(List.of(event), Set.of(), affiliations).get(0);
            for (EventMatcher.Features denial : features(deniers, Set.of(), affiliations)) {
                if (!linkedAlready.contains(denial.id()) && EventMatcher.denies(denial, target, true)) {
                    links.link(event.id, denial.id());
                    touched.add(denial.id());
                }
            }
        }
    }

    /**
     * The matcher's view of stored events. Whether an event already has a claim from the article
     * being ingested is known without reading claims: its earlier claims, if it is a correction,
     * are superseded, so only the claims added in this ingest count.
     */
    private static List<EventMatcher.Features> features(List<Event> list, Set<Long> fromThisArticle,
            Affiliations affiliations) {
        return list.stream().map(e -> new EventMatcher.Features(e.id, ids(e.participants), e.kind, e.action, e.theme,
                e.location, e.dateValue == null ? null : EdtfDate.stored(e.dateValue),
                fromThisArticle.contains(e.id) ? Set.of(THIS_ARTICLE) : Set.of(), Set.of(), e.subject,
                people(e.participants), affiliations.of(ids(e.participants)), e.denied && !e.asserted)).toList();
    }

    private static Set<Long> ids(Collection<NamedEntity> entities) {
        return entities.stream().map(e -> e.id).collect(Collectors.toSet());
    }

    /** The ids of the people among the entities. */
    private static Set<Long> people(Collection<NamedEntity> entities) {
        return entities.stream().filter(e -> e.kind == EntityKind.PERSON).map(e -> e.id).collect(Collectors.toSet());
    }

    private Event create(EventCandidate candidate, List<NamedEntity> participants) {
        Event event = new Event();
        Instant now = Timestamps.now();
        event.title = candidate.title();
        event.kind = candidate.kind();
        event.action = candidate.action();
        event.theme = candidate.theme();
        event.subject = candidate.subject();
        event.location = candidate.location();
        event.participants.addAll(participants);
        event.dateValue = candidate.date().value();
        event.sortStart = candidate.date().sortStart();
        event.sortEnd = candidate.date().sortEnd();
        event.createdAt = now;
        event.updatedAt = now;
        // Hibernate inserts the state an entity has when it is persisted; a flag set after that
        // would be one more update of the row.
        event.counts(candidate.stance());
        events.persist(event);
        return event;
    }

    /**
     * Locks a stored event's row before this ingest first merges into it, and reads it again
     * with its participants: two ingests with no participant in common (so not ordered by
     * {@link #lockParticipants}) that merge into one event would otherwise both append their new
     * participants after the same stale list, at the same positions, and one would be lost.
     * Nothing of the event is changed in this ingest before this, so reading it again loses nothing.
     */
    private void lockForMerge(Event event) {
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void enrich(Event event, EventCandidate candidate, List<NamedEntity> participants) {
        Set<Long> known = event.participants.stream().map(p -> p.id).collect(Collectors.toSet());
        participants.stream().filter(p -> !known.contains(p.id)).forEach(event.participants::add);
        if (event.location == null || IncidentPlaces.townFor(event.kind, event.location, candidate.location())) {
            event.location = candidate.location();
        }
        if (event.action == null) {
            event.action = candidate.action();
            event.theme = candidate.theme();
        }
        if (event.subject == null) {
            event.subject = candidate.subject();
        }
    }

    private Claim claim(Event event, EventCandidate candidate, Article article) {
        Claim claim = new Claim();
        Instant now = Timestamps.now();
        claim.eventId = event.id;
        claim.articleId = article.id;
        claim.articleVersion = article.version;
        claim.sourceUrl = article.url;
        claim.outlet = article.outlet;
        claim.attributedTo = candidate.attributedTo();
        claim.quote = candidate.quote();
        claim.begin = candidate.quoteBegin();
        claim.end = candidate.quoteEnd();
        claim.stance = candidate.stance();
        claim.dateValue = candidate.date().value();
        claim.rank = Rank.NORMAL;
        claim.extracted = true;
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }
}
