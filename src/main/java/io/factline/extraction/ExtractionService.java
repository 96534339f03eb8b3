package io.factline.extraction;

import static io.factline.extraction.MatcherFeatures.features;
import static io.factline.extraction.MatcherFeatures.ids;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.ClaimView;
import io.factline.claim.Stance;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictStatus;
import io.factline.conflict.ConflictView;
import io.factline.entity.NamedEntity;
import io.factline.event.Event;
import io.factline.event.EventRefresh;
import io.factline.event.EventRepository;
import io.factline.event.EventView;
import io.factline.event.EventViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private final ExtractionPipeline pipeline;
    private final ExtractedEntities entities;
    private final EventRepository events;
    private final ClaimRepository claims;
    private final EventRefresh refresh;
    private final EventViews views;
    private final EntityManager em;
    private final AffiliationStore affiliationStore;
    private final CandidateEvents candidateEvents;
    private final DenialLinks denialLinks;
    private final ParticipantLocks participantLocks;
    private final CorrectedClaims correctedClaims;
    private final CandidatePlacement placement;

    ExtractionService(ExtractionPipeline pipeline, ExtractedEntities entities, EventRepository events,
            ClaimRepository claims, EventRefresh refresh, EventViews views,
            EntityManager em, AffiliationStore affiliationStore,
            CandidateEvents candidateEvents, DenialLinks denialLinks, ParticipantLocks participantLocks,
            CorrectedClaims correctedClaims, CandidatePlacement placement) {
        this.placement = placement;
        this.correctedClaims = correctedClaims;
        this.participantLocks = participantLocks;
        this.candidateEvents = candidateEvents;
        this.denialLinks = denialLinks;
        this.affiliationStore = affiliationStore;
        this.pipeline = pipeline;
        this.entities = entities;
        this.events = events;
        this.claims = claims;
        this.refresh = refresh;
        this.views = views;
        this.em = em;
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
            correctedClaims.supersede(article, touched, counting);
        }
        ActionLookups.Reader reader = ActionLookups.Reader.of(events).counting(counting);
        Map<String, NamedEntity> seen = new HashMap<>();
        EventExtractor.Extraction extraction = pipeline.read(article.body, article.publishedOn,
                entities.storedPeople(StoredPeople.words(article.body)), article.url);
        List<EventCandidate> found = extraction.candidates();
        participantLocks.lockParticipants(found, extraction.affiliations(), seen);
        // Queries do not flush first (auto-flush dirty-checked everything loaded, before every
        // query): the session is flushed once per step instead. While candidates are matched,
        // what the database cannot see yet (new entities' aliases, new events' participants) is
        // kept in `seen` and `local` (CandidatePlacement).
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            List<List<NamedEntity>> participantsOf = found.stream()
                    .map(c -> entities.resolve(c.participants(), seen)).toList();
            // Session 15 (s15-parties): what the participants act for, said here or by earlier articles.
            Affiliations affiliations = affiliationStore.store(extraction.affiliations(), seen);
            affiliationStore.load(affiliations, ids(participantsOf.stream().flatMap(List::stream).toList()));
            List<List<Long>> storedOf = candidateEvents.storedCandidates(found, participantsOf, reader, affiliations);
            Map<Long, Event> stored = new HashMap<>();
            events.withParticipantsLoaded(storedOf.stream().flatMap(List::stream).collect(Collectors.toSet()))
                    .forEach(e -> stored.put(e.id, e));
            affiliationStore.load(affiliations, ids(stored.values().stream().flatMap(e -> e.participants.stream()).toList()));
            CandidatePlacement.Placed placed = placement.place(article, found, participantsOf, storedOf, stored, seen,
                    affiliations, touched, counting);
            List<Claim> added = placed.added();
            Map<Long, Event> ofArticle = placed.ofArticle();
            // Persisted after all new events, so that the events' inserts and then the claims'
            // go to the database as two JDBC batches, in an order that satisfies claim.event_id.
            claims.persist(added);
            em.flush();
            // The candidates loaded for matching that the article does not touch, and its claims, are
            // done with: the later flushes check the article's events rather than every candidate read.
            // The article's events stay, with their participants, for linking.
            stored.values().stream().filter(e -> !ofArticle.containsKey(e.id)).forEach(em::detach);
            added.forEach(em::detach);
            denialLinks.link(ofArticle, placed.statementDenials(), placed.asserted(), reader, touched,
                    placed.fromThisArticle(), affiliations);
            em.flush();
            // The events read for linking (a dozen per lookup, with their participants) are done with:
            // the refresh reads what it changes again, so the flushes after it and the commit's do not
            // dirty-check them.
            em.clear();
            return outcome(article, touched, added);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /**
     * Recomputes the touched events' dates and conflicts ({@link EventRefresh}) and answers what the ingest
     * produced.
     */
    private Outcome outcome(Article article, Set<Long> touched, List<Claim> added) {
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
    }
}
