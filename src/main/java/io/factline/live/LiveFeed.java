package io.factline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.conflict.Conflict;
import io.factline.conflict.ConflictRepository;
import io.factline.conflict.ConflictView;
import io.factline.entity.EntityRepository;
import io.factline.entity.Names;
import io.factline.event.Event;
import io.factline.event.EventRepository;
import io.factline.event.EventViews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Turns the changes on the {@link ChangeBus} into stream messages, once for all clients: it reads
 * the current state of the event or conflict and the names of the entities involved.
 *
 * <p>Changes are handled one at a time, in the order they arrive, on one thread. A change that is
 * already waiting is not queued twice (a request that adds three claims to one event yields one
 * message, not three), so a client may miss intermediate states but always gets the latest.
 * While no client is connected to this instance, changes are not rendered at all: nothing is
 * replayed, so a message nobody receives is work for nothing (rendering reads the event, its
 * claims, conflicts and entity names; on a busy ingest that was a third of the CPU).
 */
@ApplicationScoped
class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final ChangeBus bus;
    private final EventRepository events;
    private final EventViews views;
    private final ConflictRepository conflicts;
    private final EntityRepository entities;
    private final ObjectMapper json;
    private final BroadcastProcessor<LiveMessage> messages = BroadcastProcessor.create();
    private final Set<Change> pending = ConcurrentHashMap.newKeySet();
    private final AtomicInteger listeners = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factline-live");
        t.setDaemon(true);
        return t;
    });
    private Cancellable subscription;

    LiveFeed(ChangeBus bus, EventRepository events, EventViews views, ConflictRepository conflicts,
            EntityRepository entities, ObjectMapper json) {
        this.bus = bus;
        this.events = events;
        this.views = views;
        this.conflicts = conflicts;
        this.entities = entities;
        this.json = json;
    }

    void start(@Observes StartupEvent startup) {
        subscription = bus.changes().subscribe().with(this::enqueue,
                failure -> LOG.error("The change bus failed; live updates stop", failure));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscription != null) {
            subscription.cancel();
        }
        bus.close();
        worker.shutdownNow();
    }

    /** Messages from now on, for every client. */
    Multi<LiveMessage> messages() {
        return messages.onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet);
    }

    private void enqueue(Change change) {
        if (listeners.get() > 0 && pending.add(change)) {
            worker.execute(() -> {
                pending.remove(change);
                try {
                    messages.onNext(QuarkusTransaction.requiringNew().call(() -> render(change)));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Live update for %s %d not sent", change.kind(), change.id());
                }
            });
        }
    }

    private LiveMessage render(Change change) throws JsonProcessingException {
        if (change.kind() == Change.Kind.EVENT) {
            Optional<Event> event = change.deleted() ? Optional.empty() : events.findByIdOptional(change.id());
            Collection<Long> entityIds = event.map(e -> e.participants.stream().map(p -> p.id).toList())
                    .orElse(change.entityIds());
            var body = new LiveViews.EventChange(change.id(), event.isEmpty(), event.map(views::of).orElse(null));
            return new LiveMessage("event-changed", change.id(), json.writeValueAsString(body), names(entityIds));
        }
        Optional<Conflict> conflict = change.deleted() ? Optional.empty() : conflicts.findByIdOptional(change.id());
        Collection<Long> eventIds = conflict.<Collection<Long>>map(c -> List.copyOf(c.eventIds)).orElse(change.eventIds());
        List<Long> entityIds = new ArrayList<>();
        eventIds.forEach(id -> events.findByIdOptional(id)
                .ifPresent(e -> e.participants.forEach(p -> entityIds.add(p.id))));
        var body = new LiveViews.ConflictChange(change.id(), conflict.isEmpty(),
                conflict.map(ConflictView::from).orElse(null));
        return new LiveMessage("conflict-changed", change.id(), json.writeValueAsString(body), names(entityIds));
    }

    private Set<String> names(Collection<Long> entityIds) {
        Set<String> names = new HashSet<>();
        if (entityIds.isEmpty()) {
            return names;
        }
        entities.aliasesOf(entityIds).values().forEach(aliases -> aliases.forEach(a -> names.add(Names.normalize(a))));
        entities.list("id in ?1", entityIds).forEach(e -> names.add(Names.normalize(e.name)));
        return names;
    }
}
