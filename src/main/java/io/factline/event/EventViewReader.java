package io.factline.event;

import io.factline.claim.ClaimView;
import io.factline.claim.Rank;
import io.factline.claim.Stance;
import io.factline.conflict.ConflictView;
import io.factline.date.DateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Views of stored events read straight from the tables, four queries for any number of events
 * (events, participants, tags, claims; conflicts as in {@link EventViews}), with no entity loaded
 * into the session: what the read paths use (timeline pages, an event by id). A timeline page
 * reads its event rows with the page query itself ({@link #of(List)}), not a second time by id. Loading 200 events
 * and their 400 claims as entities, with their collections, cost three times as much. Writes use
 * {@link EventViews#of(List)} on the entities they changed, which may hold changes not yet flushed.
 */
@ApplicationScoped
public class EventViewReader {

    private final EntityManager em;
    private final EventViews views;

    EventViewReader(EntityManager em, EventViews views) {
        this.em = em;
        this.views = views;
    }

    /** The columns of an event that its view shows, as read by {@link #COLUMNS}. */
    record EventRow(long id, String title, String summary, String kind, String location, String dateValue,
            boolean conflicted) {

        /** The select list of an {@code EventRow}, from the table {@code event} as {@code e}. */
        static final String COLUMNS = "e.id, e.title, e.summary, e.kind, e.location, e.date_value, e.conflicted";

        /** The row whose {@link #COLUMNS} start at index {@code at} of a native result row. */
        static EventRow of(Object[] r, int at) {
            return new EventRow(EventViewReader.id(r[at]), (String) r[at + 1], (String) r[at + 2], (String) r[at + 3],
                    (String) r[at + 4], (String) r[at + 5], (Boolean) r[at + 6]);
        }
    }

    /** The views of the events with these ids, in the order of the ids; unknown ids are left out. */
    public List<EventView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventRow> events = new HashMap<>();
        rows("select " + EventRow.COLUMNS + " from event e where e.id in (:ids)", ids)
                .forEach(r -> events.put(id(r[0]), EventRow.of(r, 0)));
        return of(ids.stream().map(events::get).filter(Objects::nonNull).toList());
    }

    /**
     * The views of these events, in their order: their participants, tags, claims and conflicts
     * read with four queries. For a caller that has read the event rows already (a timeline page).
     */
    List<EventView> of(List<EventRow> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(EventRow::id).toList();
        Map<Long, List<String>> participants = grouped("select p.event_id, n.name from event_participant p"
                + " join named_entity n on n.id = p.entity_id where p.event_id in (:ids) order by p.event_id, p.position", ids);
        Map<Long, List<String>> tags = grouped(
                "select event_id, tag from event_tag where event_id in (:ids) order by event_id, tag", ids);
        Map<Long, List<ClaimView>> claims = new HashMap<>();
        rows("select id, event_id, article_id, source_url, outlet, attributed_to, quote, begin_offset, end_offset,"
                + " stance, date_value, rank, extracted, superseded from claim"
                + " where event_id in (:ids) and superseded = false order by event_id, id", ids)
                .forEach(r -> claims.computeIfAbsent(id(r[1]), k -> new ArrayList<>()).add(claim(r)));
        Map<Long, List<ConflictView>> conflictsByEvent = views.conflictsOf(ids);
        List<EventView> views = new ArrayList<>(events.size());
        for (EventRow e : events) {
            views.add(new EventView(e.id(), e.title(), e.summary(), e.kind(), e.location(),
                    participants.getOrDefault(e.id(), List.of()), tags.getOrDefault(e.id(), List.of()),
                    DateView.of(e.dateValue()), e.conflicted(), claims.getOrDefault(e.id(), List.of()),
                    conflictsByEvent.getOrDefault(e.id(), List.of())));
        }
        return views;
    }

    private static ClaimView claim(Object[] r) {
        return new ClaimView(id(r[0]), id(r[1]), r[2] == null ? null : id(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], integer(r[7]), integer(r[8]), Stance.valueOf((String) r[9]),
                DateView.of((String) r[10]), Rank.valueOf((String) r[11]), (Boolean) r[12], (Boolean) r[13]);
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> byEvent = new HashMap<>();
        rows(sql, ids).forEach(r -> byEvent.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add((String) r[1]));
        return byEvent;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids) {
        return em.createNativeQuery(sql, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
