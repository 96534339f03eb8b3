package io.factline.extraction;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.ClaimView;
import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.common.Timestamps;
import io.factline.conflict.ConflictRepository;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictView;
import io.factline.date.EdtfDate;
import io.factline.entity.NamedEntity;
import io.factline.event.Event;
import io.factline.event.EventLinkRepository;
import io.factline.event.EventRefresh;
import io.factline.event.EventRepository;
import io.factline.event.EventView;
import io.factline.event.EventViews;
import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores what the extractor finds in an article: each candidate becomes a claim, on the stored
 * event {@link EventMatcher} says it is, or on a new event; denials are linked to what they deny;
 * every touched event's date and conflicts are recomputed. Matching candidates are found by
 * indexed queries (shared participants within a date window; the same action within a window),
 * never by reading all events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExtractionService {

    private static final int CANDIDATE_ROWS = 50;

    private final ExtractionPipeline pipeline;
    private final ExtractedEntities entities;
    private final EventRepository events;
    private final ClaimRepository claims;
    private final EventLinkRepository links;
    private final EventRefresh refresh;
    private final EventViews views;
    private final ConflictRepository conflicts;
    private final FactlineMetrics metrics;

    ExtractionService(ExtractionPipeline pipeline, ExtractedEntities entities, EventRepository events,
            ClaimRepository claims, EventLinkRepository links, EventRefresh refresh, EventViews views,
            ConflictRepository conflicts, FactlineMetrics metrics) {
        this.pipeline = pipeline;
        this.entities = entities;
        this.events = events;
        this.claims = claims;
        this.links = links;
        this.refresh = refresh;
        this.views = views;
        this.conflicts = conflicts;
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
        if (corrected) {
            for (Claim old : claims.activeOfArticle(article.id)) {
                old.superseded = true;
                old.updatedAt = Timestamps.now();
                touched.add(old.eventId);
            }
            claims.flush();
        }
        List<Claim> added = new ArrayList<>();
        Map<Long, Boolean> statementDenials = new LinkedHashMap<>();
        List<Long> asserted = new ArrayList<>();
        for (EventCandidate candidate : pipeline.extract(article.body, article.publishedOn)) {
            List<NamedEntity> participants = entities.resolve(candidate.participants());
            Event event = matching(candidate, participants, article.id).orElse(null);
            if (event == null) {
                event = create(candidate, participants);
                metrics.eventCreated();
            } else {
                enrich(event, candidate, participants);
                metrics.eventMerged();
            }
            added.add(claim(event, candidate, article));
            metrics.claimsAdded(1);
            touched.add(event.id);
            if (candidate.stance() == Stance.DENIES) {
                statementDenials.put(event.id, EventKinds.STATEMENT.equals(candidate.kind()));
            } else {
                asserted.add(event.id);
            }
        }
        claims.flush();
        statementDenials.forEach((id, statement) -> linkDenial(events.findById(id), statement, touched));
        asserted.forEach(id -> linkDeniers(events.findById(id), touched));
        claims.flush();
        List<Event> changed = touched.stream().map(events::findById).filter(e -> e != null).toList();
        changed.forEach(refresh::refresh);
        claims.flush();
        List<ConflictView> raised = conflicts.ofEvents(touched).stream()
                .filter(c -> c.status == ConflictStatus.OPEN)
                .map(ConflictView::from)
                .toList();
        return new Outcome(views.of(changed), added.stream().map(ClaimView::from).toList(), raised);
    }

    private Optional<Event> matching(EventCandidate candidate, List<NamedEntity> participants, long articleId) {
        Set<Long> ids = participants.stream().map(e -> e.id).collect(Collectors.toSet());
        LocalDate from = candidate.date().sortStart().minusDays(EventMatcher.NEAR_DAYS);
        LocalDate to = candidate.date().sortEnd().plusDays(EventMatcher.NEAR_DAYS);
        List<Event> found = events.withParticipants(ids, from, to, CANDIDATE_ROWS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EventMatcher.Features self = new EventMatcher.Features(-1, ids, candidate.kind(), candidate.action(),
                candidate.theme(), candidate.location(), candidate.date(), Set.of(articleId));
        Map<Long, Event> byId = new HashMap<>();
        found.forEach(e -> byId.put(e.id, e));
        return EventMatcher.best(self, features(found)).map(m -> byId.get(m.event().id()));
    }

    /** Links a denial event to the asserted events it denies. */
    private void linkDenial(Event denial, boolean statement, Set<Long> touched) {
        if (denial == null || denial.action == null || denial.dateValue == null) {
            return;
        }
        EdtfDate date = EdtfDate.parse(denial.dateValue);
        LocalDate from = statement ? date.sortStart().minusDays(EventMatcher.DENIAL_LOOKBACK_DAYS) : date.sortStart();
        EventMatcher.Features self = features(List.of(denial)).get(0);
        for (Event other : events.withAction(denial.action, from, date.sortEnd(), CANDIDATE_ROWS)) {
            EventMatcher.Features target = features(List.of(other)).get(0);
            if (hasStance(other.id, Stance.ASSERTS) && EventMatcher.denies(self, target, statement)) {
                links.link(other.id, denial.id);
                touched.add(other.id);
            }
        }
    }

    /** Links an asserted event to stored denial events (reported earlier) that deny it. */
    private void linkDeniers(Event event, Set<Long> touched) {
        if (event == null || event.action == null || event.dateValue == null) {
            return;
        }
        EdtfDate date = EdtfDate.parse(event.dateValue);
        LocalDate to = date.sortEnd().plusDays(EventMatcher.DENIAL_LOOKBACK_DAYS);
        EventMatcher.Features target = features(List.of(event)).get(0);
        for (Event other : events.withAction(event.action, date.sortStart(), to, CANDIDATE_ROWS)) {
            if (other.id.equals(event.id) || !onlyDenials(other.id)) {
                continue;
            }
            boolean statement = EventKinds.STATEMENT.equals(other.kind);
            if (EventMatcher.denies(features(List.of(other)).get(0), target, statement)) {
                links.link(event.id, other.id);
                touched.add(other.id);
            }
        }
    }

    private boolean hasStance(long eventId, Stance stance) {
        return claims.ofEvent(eventId).stream().anyMatch(c -> c.stance == stance);
    }

    private boolean onlyDenials(long eventId) {
        List<Claim> list = claims.ofEvent(eventId);
        return !list.isEmpty() && list.stream().allMatch(c -> c.stance == Stance.DENIES);
    }

    private List<EventMatcher.Features> features(List<Event> list) {
        Map<Long, Set<Long>> articles = new HashMap<>();
        claims.ofEvents(list.stream().map(e -> e.id).toList())
                .forEach(c -> articles.computeIfAbsent(c.eventId, k -> new HashSet<>())
                        .add(c.articleId == null ? -1L : c.articleId));
        return list.stream().map(e -> new EventMatcher.Features(e.id,
                e.participants.stream().map(p -> p.id).collect(Collectors.toSet()), e.kind, e.action, e.theme,
                e.location, e.dateValue == null ? null : EdtfDate.parse(e.dateValue),
                articles.getOrDefault(e.id, Set.of()))).toList();
    }

    private Event create(EventCandidate candidate, List<NamedEntity> participants) {
        Event event = new Event();
        Instant now = Timestamps.now();
        event.title = candidate.title();
        event.kind = candidate.kind();
        event.action = candidate.action();
        event.theme = candidate.theme();
        event.location = candidate.location();
        event.participants.addAll(participants);
        event.dateValue = candidate.date().value();
        event.sortStart = candidate.date().sortStart();
        event.sortEnd = candidate.date().sortEnd();
        event.createdAt = now;
        event.updatedAt = now;
        events.persist(event);
        return event;
    }

    private static void enrich(Event event, EventCandidate candidate, List<NamedEntity> participants) {
        Set<Long> known = event.participants.stream().map(p -> p.id).collect(Collectors.toSet());
        participants.stream().filter(p -> !known.contains(p.id)).forEach(event.participants::add);
        if (event.location == null) {
            event.location = candidate.location();
        }
        if (event.action == null) {
            event.action = candidate.action();
            event.theme = candidate.theme();
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
        claims.persist(claim);
        return claim;
    }
}
