package io.factline.event;

import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.conflict.ConflictChanged;
import io.factline.common.RetryOnDuplicate;
import io.factline.conflict.ConflictRepository;
import io.factline.entity.EntityRepository;
import io.factline.entity.EntityService;
import io.factline.entity.NamedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.factline.timeline.TimelineOrder;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class EventService {

    private final EventRepository events;
    private final EntityService entityService;
    private final EntityRepository entities;
    private final ConflictRepository conflicts;
    private final EventViews views;
    private final EventViewReader reader;
    private final jakarta.enterprise.event.Event<EventChanged> eventChanged;
    private final jakarta.enterprise.event.Event<ConflictChanged> conflictChanged;
    private final FactlineMetrics metrics;
    private final EventMergeRepository merges;

    EventService(EventRepository events, EntityService entityService, EntityRepository entities,
            ConflictRepository conflicts, EventViews views, EventViewReader reader, jakarta.enterprise.event.Event<EventChanged> eventChanged,
            jakarta.enterprise.event.Event<ConflictChanged> conflictChanged, FactlineMetrics metrics,
            EventMergeRepository merges) {
        this.merges = merges;
        this.events = events;
        this.entityService = entityService;
        this.entities = entities;
        this.conflicts = conflicts;
        this.views = views;
        this.reader = reader;
        this.eventChanged = eventChanged;
        this.conflictChanged = conflictChanged;
        this.metrics = metrics;
    }

    @RetryOnDuplicate
    public EventView create(EventRequest request) {
        Event event = new Event();
        event.createdAt = Timestamps.now();
        event.sortStart = TimelineOrder.UNDATED;
        event.sortEnd = TimelineOrder.UNDATED;
        apply(event, request);
        events.persist(event);
        eventChanged.fire(EventChanged.of(event, false));
        metrics.eventCreated();
        return views.of(event);
    }

    @RetryOnDuplicate
    public EventView update(long id, EventRequest request) {
        Event event = lockForWrite(id);
        apply(event, request);
        eventChanged.fire(EventChanged.of(event, false));
        return views.of(event);
    }

    /** Deletes the event, its claims and the conflicts that involved it. */
    @RetryOnDuplicate
    public void delete(long id) {
        Event event = lockForWrite(id);
        conflicts.ofEvents(List.of(id)).forEach(c -> {
            c.eventIds.remove(id);
            boolean orphaned = c.eventIds.isEmpty();
            conflictChanged.fire(ConflictChanged.of(c, orphaned));
            if (orphaned) {
                conflicts.delete(c);
            }
        });
        eventChanged.fire(EventChanged.of(event, true));
        events.delete(event);
    }

    /**
     * The event an absorbed event went into ({@link EventAbsorber}); empty when no event was absorbed under this id.
     * Ids are never reused, so only an id {@link #view} did not find needs asking.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> absorbedInto(long id) {
        return merges.survivorOf(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EventView get(long id) {
        return view(id).orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    /** The event, or empty when there is none under this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EventView> view(long id) {
        return reader.byIds(List.of(id)).stream().findFirst();
    }

    /**
     * The event, its row locked until the transaction ends: edits of one event run one after the
     * other. Two at once would each rewrite its participant rows, and their audit rows would
     * interleave into revisions that no longer read back as a list (the history then fails).
     */
    public Event lockForWrite(long id) {
        return events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event find(long id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    /** The events matching the filter, in timeline order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventView> timeline(EventFilter filter, PageRequest page) {
        Long entityId = null;
        if (filter.entity() != null) {
            Optional<NamedEntity> entity = entities.findByName(filter.entity());
            if (entity.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            entityId = entity.get().id;
        }
        TimelinePosition after = page.position() == null ? null : TimelinePosition.decode(page.position());
        List<EventRepository.TimelineRow> found = events.timeline(filter, entityId, after, page.limit() + 1);
        return page.page(found, row -> row.position().encode(),
                kept -> reader.of(kept.stream().map(EventRepository.TimelineRow::event).toList()));
    }

    private void apply(Event event, EventRequest request) {
        event.title = request.title().strip();
        event.summary = request.summary();
        event.kind = request.kind();
        event.location = request.location();
        List<NamedEntity> participants = entityService.resolve(request.participantsOrEmpty());
        event.participants.clear();
        event.participants.addAll(participants);
        event.tags.clear();
        event.tags.addAll(new LinkedHashSet<>(request.tagsOrEmpty().stream().map(String::strip).toList()));
        event.updatedAt = Timestamps.now();
    }
}
