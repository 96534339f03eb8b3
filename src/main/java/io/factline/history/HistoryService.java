package io.factline.history;

import io.factline.claim.Claim;
import io.factline.common.Page;
import io.factline.common.ProblemException;
import io.factline.conflict.Conflict;
import io.factline.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads the recorded versions of events, claims and conflicts, oldest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryService {

    private final EntityManager em;

    HistoryService(EntityManager em) {
        this.em = em;
    }

    public Page<HistoryEntry> ofEvent(long id) {
        return history(Event.class, "Event", id, e -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("title", e.title);
            state.put("summary", e.summary);
            state.put("kind", e.kind);
            state.put("location", e.location);
            state.put("date", e.dateValue);
            state.put("conflicted", e.conflicted);
            state.put("participants", e.participants.stream().map(p -> p.id).toList());
            state.put("tags", new ArrayList<>(new TreeSet<>(e.tags)));
            return state;
        });
    }

    public Page<HistoryEntry> ofClaim(long id) {
        return history(Claim.class, "Claim", id, c -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("eventId", c.eventId);
            state.put("outlet", c.outlet);
            state.put("sourceUrl", c.sourceUrl);
            state.put("attributedTo", c.attributedTo);
            state.put("quote", c.quote);
            state.put("stance", c.stance);
            state.put("date", c.dateValue);
            state.put("rank", c.rank);
            state.put("superseded", c.superseded);
            return state;
        });
    }

    public Page<HistoryEntry> ofConflict(long id) {
        return history(Conflict.class, "Conflict", id, c -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("type", c.type);
            state.put("status", c.status);
            state.put("note", c.note);
            state.put("explanation", c.explanation);
            state.put("claimIds", new ArrayList<>(c.claimIds));
            state.put("eventIds", new ArrayList<>(c.eventIds));
            return state;
        });
    }

    private <T> Page<HistoryEntry> history(Class<T> type, String name, long id, Function<T, Map<String, Object>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(name, id);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, Object> state = kind == RevisionType.DEL ? Map.of() : fields.apply(snapshot);
            entries.add(new HistoryEntry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.who,
                    kind.name(), state, changed(previous, state)));
            previous = state;
        }
        return new Page<>(entries, null);
    }

    private static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    }
}
