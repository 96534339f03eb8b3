package io.factline.extraction;

import static io.factline.extraction.CandidateEvents.CANDIDATE_ROWS;
import static io.factline.extraction.MatcherFeatures.features;
import static io.factline.extraction.MatcherFeatures.ids;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.event.Event;
import io.factline.event.EventLinkRepository;
import io.factline.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links an article's denial statements to the stored events they deny, and its asserted events to the stored
 * denial statements that deny them: what each may deny or be denied by is read by action (the newest
 * {@link CandidateEvents#CANDIDATE_ROWS} of its action and the actions paired with it), all loaded with one
 * query, and {@link EventMatcher} decides.
 */
@ApplicationScoped
class DenialLinks {

    private final EventRepository events;
    private final EventLinkRepository links;
    private final AffiliationStore affiliationStore;

    DenialLinks(EventRepository events, EventLinkRepository links, AffiliationStore affiliationStore) {
        this.events = events;
        this.links = links;
        this.affiliationStore = affiliationStore;
    }

    /**
     * Links the article's events ({@code ofArticle}, loaded with their participants): its denial statements
     * ({@code statementDenials}: event id to whether it is a statement) and its asserted events. Every event a
     * link is made to is added to {@code touched}.
     */
    void link(Map<Long, Event> ofArticle, Map<Long, Boolean> statementDenials, List<Long> asserted,
            ActionLookups.Reader reader, Set<Long> touched, Set<Long> fromThisArticle, Affiliations affiliations) {
        Map<Long, Event> loaded = ofArticle;
        List<Event> denials = statementDenials.entrySet().stream().filter(Map.Entry::getValue)
                .map(d -> loaded.get(d.getKey())).filter(DenialLinks::linkable).toList();
        List<Event> assertedEvents = asserted.stream().distinct().map(loaded::get).filter(e -> e != null).toList();
        // What each denial may deny and what may deny each asserted event: the newest few stored
        // events of its action and the actions paired with it ("sent" / "has not received"),
        // as ids; then all of them are loaded together, with one query.
        List<Event> linkableAsserted = assertedEvents.stream().filter(DenialLinks::linkable).toList();
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
     * {@link CandidateEvents#CANDIDATE_ROWS} newest asserted events of its action dated within the lookback
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
     * deny nothing else yet. Each event takes the {@link CandidateEvents#CANDIDATE_ROWS} newest denials of its
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
}
