package io.factline.extraction;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the entities one ingest deals with act for or belong to, by entity id, both ways: a person's
 * organisations and countries, and an organisation's or country's people and bodies
 * ({@link Affiliation}, {@link AffiliationStore}).
 */
final class Affiliations {

    private final Map<Long, Set<Long>> affiliates = new HashMap<>();
    private final Map<Long, Set<Long>> members = new HashMap<>();
    private final Set<Long> loaded = new HashSet<>();

    void add(long member, long affiliate) {
        if (member != affiliate) {
            affiliates.computeIfAbsent(member, k -> new HashSet<>()).add(affiliate);
            members.computeIfAbsent(affiliate, k -> new HashSet<>()).add(member);
        }
    }

    /** What these entities act for or belong to. */
    Set<Long> of(Collection<Long> ids) {
        Set<Long> found = new HashSet<>();
        ids.forEach(id -> found.addAll(affiliates.getOrDefault(id, Set.of())));
        return found;
    }

    /**
     * These entities, what they act for and who acts for them: the participants a stored report of the
     * same happening may name instead ({@link SharedParties}).
     */
    Set<Long> related(Collection<Long> ids) {
        Set<Long> found = new HashSet<>(ids);
        found.addAll(of(ids));
        ids.forEach(id -> found.addAll(members.getOrDefault(id, Set.of())));
        return found;
    }

    /** Those of the ids whose affiliations are not read yet; they count as read from now on. */
    Set<Long> toLoad(Collection<Long> ids) {
        Set<Long> missing = new HashSet<>();
        for (Long id : ids) {
            if (loaded.add(id)) {
                missing.add(id);
            }
        }
        return missing;
    }
}
