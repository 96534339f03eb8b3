package io.factline.extraction;

import io.factline.event.EventRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored events that an article's candidates may match, read with one query for the whole
 * article rather than one per candidate: the events that share a participant with any candidate
 * and are undated or dated within the span of all the candidates' windows. {@link #top} then
 * answers for one candidate what a query of its own would: the events that share one of its
 * participants and are undated or meet its window, those sharing the most participants first,
 * then the newest.
 */
final class StoredCandidates {

    private record Row(boolean undated, LocalDate start, LocalDate end, Set<Long> entities) {
    }

    private final Map<Long, Row> rows;

    private StoredCandidates(Map<Long, Row> rows) {
        this.rows = rows;
    }

    static StoredCandidates read(EventRepository events, Collection<Long> entityIds, LocalDate from, LocalDate to) {
        Map<Long, Row> rows = new HashMap<>();
        for (EventRepository.ParticipantRow r : events.participantRows(entityIds, from, to)) {
            rows.computeIfAbsent(r.eventId(), id -> new Row(r.undated(), r.sortStart(), r.sortEnd(), new HashSet<>()))
                    .entities().add(r.entityId());
        }
        return new StoredCandidates(rows);
    }

    static StoredCandidates none() {
        return new StoredCandidates(Map.of());
    }

    /** At most {@code limit} event ids, as described above. */
    List<Long> top(Set<Long> entityIds, LocalDate from, LocalDate to, int limit) {
        Map<Long, Integer> shared = new HashMap<>();
        rows.forEach((id, row) -> {
            if (row.undated() || (!row.start().isAfter(to) && !row.end().isBefore(from))) {
                int n = (int) row.entities().stream().filter(entityIds::contains).count();
                if (n > 0) {
                    shared.put(id, n);
                }
            }
        });
        return shared.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<Long, Integer>::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
