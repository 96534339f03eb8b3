package io.factline.extraction;

import io.factline.entity.NamedEntity;
import io.factline.entity.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Locks the rows of an ingest's participants, resolving them first, before it looks for matching events. */
@ApplicationScoped
class ParticipantLocks {

    private final ExtractedEntities entities;
    private final EntityManager em;

    ParticipantLocks(ExtractedEntities entities, EntityManager em) {
        this.entities = entities;
        this.em = em;
    }

    /**
     * Serialises concurrent ingests that involve the same people, organisations or places, so that
     * two outlets' reports of one event posted at the same moment still meet on one event: each
     * ingest resolves all its participants first, then locks their rows in id order (one
     * statement, one order for everyone, so no deadlock) before it looks for matching events.
     * Ingests about unrelated entities do not wait for each other. A row lock, not an in-process
     * lock, so it holds across instances on one PostgreSQL.
     */
    void lockParticipants(List<EventCandidate> found, List<Affiliation> affiliations,
            Map<String, NamedEntity> seen) {
        // Resolved in name order, so that concurrent ingests creating the same new entities insert
        // their aliases in the same order and wait for each other instead of deadlocking.
        List<EventCandidate.Participant> all = java.util.stream.Stream.concat(
                        found.stream().flatMap(c -> c.participants().stream()),
                        affiliations.stream().flatMap(a -> java.util.stream.Stream.of(
                                new EventCandidate.Participant(a.member(), a.memberKind()),
                                new EventCandidate.Participant(a.affiliate(), a.affiliateKind()))))
                .sorted(java.util.Comparator.comparing(p -> Names.normalize(p.name())))
                .toList();
        Set<Long> ids = new java.util.TreeSet<>();
        Set<String> absent = new HashSet<>();
        entities.prefetch(all, seen, absent);
        entities.resolve(all, seen, absent).forEach(e -> ids.add(e.id));
        if (ids.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("select id from named_entity where id in (:ids) order by id for update")
                .setParameter("ids", ids).getResultList();
    }
}
