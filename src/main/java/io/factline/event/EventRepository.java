package io.factline.event;

import io.factline.common.InList;
import io.factline.common.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    private final EntityManager em;

    EventRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of events in timeline order ({@link TimelinePosition#ORDER_BY}), after the given
     * position, as their positions (sort key) and the event columns their views show. Native SQL so that each filter maps onto its index: the entity filter drives from
     * {@code event_participant (entity_id, event_id)}, the order from {@code event (sort_start, ...)}.
     *
     * @param entityId the resolved entity, or null for no entity filter
     */
    public List<TimelineRow> timeline(EventFilter filter, Long entityId, TimelinePosition after, int rows) {
        StringBuilder sql = new StringBuilder("select e.sort_start, e.sort_end, ")
                .append(EventViewReader.EventRow.COLUMNS).append(" from event e");
        Map<String, Object> params = new HashMap<>();
        if (entityId != null) {
            sql.append(" join event_participant p on p.event_id = e.id and p.entity_id = :entity");
            params.put("entity", entityId);
        }
        sql.append(" where 1 = 1");
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from event_tag t where t.event_id = e.id and t.tag = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.q() != null) {
            String like = " like :q" + Like.ESCAPE;
            sql.append(" and (lower(e.title)").append(like)
                    .append(" or lower(coalesce(e.summary, ''))").append(like)
                    .append(" or lower(coalesce(e.location, ''))").append(like).append(")");
            params.put("q", Like.containing(filter.q()));
        }
        if (filter.from() != null) {
            sql.append(" and e.date_value is not null and e.sort_end >= :from");
            params.put("from", filter.from().sortStart());
        }
        if (filter.to() != null) {
            sql.append(" and e.date_value is not null and e.sort_start <= :to");
            params.put("to", filter.to().sortEnd());
        }
        if (filter.conflicted() != null) {
            sql.append(" and e.conflicted = :conflicted");
            params.put("conflicted", filter.conflicted());
        }
        if (after != null) {
            sql.append(" and ").append(TimelinePosition.AFTER);
            after.bind(params);
        }
        sql.append(" order by ").append(TimelinePosition.ORDER_BY);
        Query query = em.createNativeQuery(sql.toString(), Object[].class).setMaxResults(rows);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(r -> {
            EventViewReader.EventRow event = EventViewReader.EventRow.of(r, 2);
            return new TimelineRow(TimelinePosition.of(r[0], r[1], event.title(), event.id()), event);
        }).toList();
    }

    /** An event of a timeline page: where it stands in the order, and what its view shows. */
    public record TimelineRow(TimelinePosition position, EventViewReader.EventRow event) {
    }

    /**
     * Events that have one of these participants and whose date meets the window (or that have
     * no date yet), those sharing the most participants first: the candidates an extracted event
     * is matched against. Driven by the index {@code event_participant (entity_id, event_id)}.
     */
    public List<Event> withParticipants(Collection<Long> entityIds, java.time.LocalDate from,
            java.time.LocalDate to, int rows) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("select p.event_id from event_participant p"
                        + " join event e on e.id = p.event_id where p.entity_id in (:ids)"
                        + " and (e.date_value is null or (e.sort_start <= :to and e.sort_end >= :from))"
                        + " group by p.event_id order by count(*) desc, p.event_id desc", Long.class)
                .setParameter("ids", entityIds).setParameter("from", from).setParameter("to", to)
                .setMaxResults(rows).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", ids);
        return list("id in " + in, in.parameters());
    }

    /** One stored event of an action: its id and date span ({@link #newestRows}). */
    public record ActionRow(long id, java.time.LocalDate sortStart, java.time.LocalDate sortEnd) {

        /** Whether the event's span meets the window, as the query's condition has it. */
        public boolean meets(java.time.LocalDate from, java.time.LocalDate to) {
            return !sortStart.isAfter(to) && !sortEnd.isBefore(from);
        }
    }

    /**
     * At most {@code rows} extracted events anchored to this action whose date meets the window and
     * that have a counting claim of this stance ({@link Event#asserted}, {@link Event#denied}), newest
     * first, as ids and date spans, without loading them. Used to find what a denial denies (stance
     * ASSERTS), the denials of an event (DENIES), and the stored events an unnamed candidate may match
     * (several actions and windows at once: {@code io.factline.extraction.ActionLookups}). One action
     * per query: the query walks {@code event (action, asserted, id desc, sort_end, sort_start)} or its
     * twin for {@code denied} (V14) newest first, checks the dates in the index and stops at
     * {@code rows}; with an {@code in} list it would read and sort every event of the actions. The
     * {@code order by} names the index's leading columns (constants here) so that H2 sees that the
     * index order answers it.
     */
    public List<ActionRow> newestRows(String action, io.factline.claim.Stance stance, java.time.LocalDate from,
            java.time.LocalDate to, int rows) {
        String flag = stance == io.factline.claim.Stance.ASSERTS ? "e.asserted" : "e.denied";
        return em.createQuery("select e.id, e.sortStart, e.sortEnd from Event e where e.action = :action and "
                        + flag + " = true and e.sortStart <= :to and e.sortEnd >= :from order by e.action, " + flag
                        + ", e.id desc", Object[].class)
                .setParameter("action", action).setParameter("to", to).setParameter("from", from)
                .setMaxResults(rows).getResultList().stream()
                .map(r -> new ActionRow((Long) r[0], (java.time.LocalDate) r[1], (java.time.LocalDate) r[2]))
                .toList();
    }

    /**
     * Locks the rows of these events for update, in id order, with one statement (one order for
     * every transaction, so two that lock overlapping sets wait rather than deadlock), and
     * returns the events, in id order.
     */
    public List<Event> lockAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", ids);
        return in.bind(em.createQuery("select e from Event e where e.id in " + in + " order by e.id", Event.class))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * Reads these events with their participants, in one query; events already loaded get their
     * participant list filled in rather than one query each when it is first read.
     */
    public List<Event> withParticipantsLoaded(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", ids);
        return in.bind(em.createQuery("select distinct e from Event e left join fetch e.participants "
                + "where e.id in " + in, Event.class)).getResultList();
    }

    /** Fills in the tags of these events (loaded or not) with one query. */
    public void loadTags(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            InList in = InList.of("ids", ids);
            in.bind(em.createQuery("select distinct e from Event e left join fetch e.tags where e.id in " + in, Event.class))
                    .getResultList();
        }
    }

    /** One participant of one event, with the event's date span ({@link #participantRows}). */
    public record ParticipantRow(long eventId, long entityId, boolean undated, java.time.LocalDate sortStart,
            java.time.LocalDate sortEnd) {
    }

    /**
     * Every participant row of the events that have one of these participants and whose date
     * meets the window (or that have no date yet), restricted to these participants. Driven by
     * the index {@code event_participant (entity_id, event_id)}.
     */
    public List<ParticipantRow> participantRows(Collection<Long> entityIds, java.time.LocalDate from,
            java.time.LocalDate to) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", entityIds);
        return in.bind(em.createQuery("select e.id, p.id, e.dateValue, e.sortStart, e.sortEnd from Event e join e.participants p"
                        + " where p.id in " + in + " and (e.dateValue is null or (e.sortStart <= :to and e.sortEnd >= :from))",
                        Object[].class))
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(r -> new ParticipantRow((Long) r[0], (Long) r[1], r[2] == null, (java.time.LocalDate) r[3],
                        (java.time.LocalDate) r[4]))
                .toList();
    }
}
