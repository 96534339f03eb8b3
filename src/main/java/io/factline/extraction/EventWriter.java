package io.factline.extraction;

import io.factline.common.Timestamps;
import io.factline.entity.NamedEntity;
import io.factline.event.Event;
import io.factline.event.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a candidate into an event: a new event of its own, or what it adds to the stored event it joins. */
@ApplicationScoped
class EventWriter {

    private final EventRepository events;

    EventWriter(EventRepository events) {
        this.events = events;
    }

    Event create(EventCandidate candidate, List<NamedEntity> participants) {
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

    static void enrich(Event event, EventCandidate candidate, List<NamedEntity> participants) {
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
}
