package io.factline.extraction;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.Stance;
import io.factline.entity.NamedEntity;
import io.factline.event.Event;
import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts each candidate of an article, in order, on an event: the one {@link CandidateMatching} picks among the
 * stored events read for it and those the article created (merging the pair it bridges first,
 * {@link BridgingMerge}, and locking a stored event before the first merge into it, {@link MergeLock}), or a new
 * one ({@link EventWriter}). Each candidate's claim is made, not persisted: the caller persists them all after
 * the new events.
 */
@ApplicationScoped
class CandidatePlacement {

    private final EventWriter eventWriter;
    private final BridgingMerge bridgingMerge;
    private final MergeLock mergeLock;
    private final ClaimRepository claims;
    private final FactlineMetrics metrics;

    CandidatePlacement(EventWriter eventWriter, BridgingMerge bridgingMerge, MergeLock mergeLock,
            ClaimRepository claims, FactlineMetrics metrics) {
        this.claims = claims;
        this.eventWriter = eventWriter;
        this.bridgingMerge = bridgingMerge;
        this.mergeLock = mergeLock;
        this.metrics = metrics;
    }

    /**
     * What placing an article's candidates gave: the claims made; the article's events by id (loaded, with their
     * participants); its denials (event id to whether the candidate was a statement) and asserted events, for
     * linking; the events it has claims on.
     */
    record Placed(List<Claim> added, Map<Long, Event> ofArticle, Map<Long, Boolean> statementDenials,
            List<Long> asserted, Set<Long> fromThisArticle) {
    }

    /**
     * Places the candidates ({@code found}, with their resolved participants and the ids of the stored events each
     * may match, loaded in {@code stored}). Adds each event placed on to {@code touched}; keeps {@code counting}
     * (the stances still counting on the events a correction touched) current.
     */
    Placed place(Article article, List<EventCandidate> found, List<List<NamedEntity>> participantsOf,
            List<List<Long>> storedOf, Map<Long, Event> stored, Map<String, NamedEntity> seen,
            Affiliations affiliations, Set<Long> touched, Map<Long, Set<Stance>> counting) {
        List<Claim> added = new ArrayList<>();
        Map<Long, Boolean> statementDenials = new LinkedHashMap<>();
        List<Long> asserted = new ArrayList<>();
        Set<Long> fromThisArticle = new HashSet<>();
        List<Event> local = new ArrayList<>();
        Set<Long> lockedForMerge = new HashSet<>();
        Map<Long, Event> ofArticle = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            EventCandidate candidate = found.get(i);
            List<NamedEntity> participants = participantsOf.get(i);
            List<Event> candidates = storedOf.get(i).stream().map(stored::get).filter(e -> e != null).toList();
            CandidateMatching.Matched matched = CandidateMatching.matching(candidate, participants,
                    CandidateMatching.sourceIds(candidate, seen), candidates,
                    fromThisArticle, local, affiliations, found, claims::quotesOf).orElse(null);
            Event event;
            if (matched == null) {
                event = eventWriter.create(candidate, participants);
                local.add(event);
                metrics.eventCreated();
            } else {
                event = matched.event();
                Event absorbed = matched.bridged() == null ? null
                        : bridgingMerge.absorb(event, matched.bridged(), stored, lockedForMerge);
                if (absorbed != null) {
                    event = absorbed == event ? matched.bridged() : event;
                    touched.remove(absorbed.id);
                    Set<Stance> stances = counting.remove(absorbed.id);
                    if (stances != null) {
                        counting.computeIfAbsent(event.id, k -> EnumSet.noneOf(Stance.class)).addAll(stances);
                    }
                }
                if (!local.contains(event) && lockedForMerge.add(event.id)) {
                    mergeLock.lockForMerge(event);
                }
                EventWriter.enrich(event, candidate, participants);
                metrics.eventMerged();
            }
            ofArticle.put(event.id, event);
            added.add(ClaimWriter.claim(event, candidate, article));
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
        return new Placed(added, ofArticle, statementDenials, asserted, fromThisArticle);
    }
}
