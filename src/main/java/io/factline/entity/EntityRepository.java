package io.factline.entity;

import io.factline.common.InList;
import io.factline.common.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class EntityRepository implements PanacheRepository<NamedEntity> {

    @Inject
    EntityManager em;

    public Optional<NamedEntity> findByName(String name) {
        String key = Names.normalize(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select e from NamedEntity e where e.id = "
                        + "(select a.entityId from EntityAlias a where a.normalized = :key)", NamedEntity.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** The entities that these normalised names ({@link Names#normalize}) belong to, by name; one query. */
    public Map<String, NamedEntity> findByNormalized(Collection<String> keys) {
        Map<String, NamedEntity> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        InList in = InList.of("keys", keys);
        in.bind(em.createQuery("select a.normalized, e from EntityAlias a join NamedEntity e on e.id = a.entityId "
                        + "where a.normalized in " + in, Object[].class))
                .getResultStream()
                .forEach(r -> found.put((String) r[0], (NamedEntity) r[1]));
        return found;
    }

    /**
     * The entities with an alias whose normalised form matches the LIKE pattern (escaped with a backslash),
     * by that normalised alias; for {@link ClippedName}'s lookup when a new organisation is named.
     */
    public Map<String, NamedEntity> findByNormalizedLike(String pattern) {
        Map<String, NamedEntity> found = new HashMap<>();
        em.createQuery("select a.normalized, e from EntityAlias a join NamedEntity e on e.id = a.entityId "
                        + "where a.normalized like :pattern" + Like.ESCAPE, Object[].class)
                .setParameter("pattern", pattern).setMaxResults(50).getResultStream()
                .forEach(r -> found.put((String) r[0], (NamedEntity) r[1]));
        return found;
    }

    public Optional<EntityAlias> findAlias(String name) {
        return em.createQuery("from EntityAlias where normalized = :key", EntityAlias.class)
                .setParameter("key", Names.normalize(name)).getResultStream().findFirst();
    }

    public void addAlias(NamedEntity entity, String alias) {
        EntityAlias a = new EntityAlias();
        a.entityId = entity.id;
        a.alias = Names.clean(alias);
        a.normalized = Names.normalize(alias);
        em.persist(a);
    }

    /** Entities whose name or any alias contains {@code q}, by name then id, keyset-paged. */
    public List<NamedEntity> search(String q, String afterName, Long afterId, int rows) {
        StringBuilder jpql = new StringBuilder("select e from NamedEntity e where 1 = 1");
        if (q != null) {
            jpql.append(" and exists (select 1 from EntityAlias a where a.entityId = e.id and a.normalized like :q")
                    .append(Like.ESCAPE).append(")");
        }
        if (afterId != null) {
            jpql.append(" and (e.name > :afterName or (e.name = :afterName and e.id > :afterId))");
        }
        jpql.append(" order by e.name, e.id");
        var query = em.createQuery(jpql.toString(), NamedEntity.class).setMaxResults(rows);
        if (q != null) {
            query.setParameter("q", Like.containing(Names.normalize(q)));
        }
        if (afterId != null) {
            query.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }

    public Map<Long, List<String>> aliasesOf(Collection<Long> entityIds) {
        Map<Long, List<String>> aliases = new HashMap<>();
        if (entityIds.isEmpty()) {
            return aliases;
        }
        InList in = InList.of("ids", entityIds);
        in.bind(em.createQuery("from EntityAlias where entityId in " + in + " order by alias", EntityAlias.class))
                .getResultStream()
                .forEach(a -> aliases.computeIfAbsent(a.entityId, k -> new java.util.ArrayList<>()).add(a.alias));
        return aliases;
    }

    public Map<Long, Long> eventCounts(Collection<Long> entityIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (entityIds.isEmpty()) {
            return counts;
        }
        em.createNativeQuery("select entity_id, count(*) from event_participant where entity_id in (:ids) "
                        + "group by entity_id", Object[].class)
                .setParameter("ids", entityIds).getResultStream()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                });
        return counts;
    }
}
