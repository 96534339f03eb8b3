package io.factline.extraction;

import io.factline.entity.EntityKind;
import io.factline.entity.ClippedName;
import io.factline.entity.EntityRepository;
import io.factline.entity.Initialism;
import io.factline.entity.NamedEntity;
import io.factline.entity.Names;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns extracted names into stored entities. A name an entity already goes by (as its name or an
 * alias) is that entity; otherwise a new entity of the recognised kind is created. A person's
 * surname becomes an alias of the full name while no other entity uses it, so that an article
 * that only says "Putin" finds "Vladimir Putin" (likewise a company's first word: "Kestrel" finds
 * "Kestrel Mining"); and an entity first known only as "Putin" takes
 * the full name when it appears (likewise a company first known as "Corvin", not as a place or a
 * person, becomes "Corvin Logistics" when an article names it so). Session 14 (s14-split): an
 * organisation's initials are an alias of its full name ("NTSB" of "National Transportation Safety
 * Board", {@link Initialism}), an entity first known by the initials alone takes the full name, and a
 * name with a word clipped ("Met Office") is the stored organisation it clips ({@link ClippedName}).
 */
@ApplicationScoped
public class ExtractedEntities {

    private final EntityRepository entities;

    ExtractedEntities(EntityRepository entities) {
        this.entities = entities;
    }

    /**
     * The entities for the names, creating the unknown ones.
     *
     * @param seen entities already resolved in this ingest, by normalised name: consulted first
     *             and filled, so the lookups need not see unflushed entities
     */
    public List<NamedEntity> resolve(List<EventCandidate.Participant> participants, Map<String, NamedEntity> seen) {
        return resolve(participants, seen, Set.of());
    }

    /**
     * The people stored with a full name whose surname is one of these normalised words, by that
     * word ({@link StoredPeople}); one query.
     */
    public Map<String, String> storedPeople(Set<String> words) {
        return StoredPeople.surnames(entities.findByNormalized(words));
    }

    /**
     * Reads the stored entities of all these names, and of the surnames of those with several
     * words, with one query: those found go into {@code seen}, the normalised names not stored
     * into {@code absent}, so that {@link #resolve(List, Map, Set)} need not look them up one by one.
     */
    public void prefetch(List<EventCandidate.Participant> participants, Map<String, NamedEntity> seen,
            Set<String> absent) {
        Set<String> keys = new HashSet<>();
        for (EventCandidate.Participant p : participants) {
            String key = Names.normalize(p.name());
            if (!key.isEmpty() && !seen.containsKey(key)) {
                keys.add(key);
                String[] words = Names.clean(p.name()).split(" ");
                String surname = Names.normalize(words[words.length - 1]);
                if (words.length > 1 && !surname.isEmpty() && !seen.containsKey(surname)) {
                    keys.add(surname);
                }
            }
        }
        Map<String, NamedEntity> found = entities.findByNormalized(keys);
        seen.putAll(found);
        keys.stream().filter(k -> !found.containsKey(k)).forEach(absent::add);
    }

    /**
     * {@link #resolve(List, Map)}, where the normalised names in {@code absent} are known not to be
     * stored unless this ingest put them into {@code seen}.
     */
    public List<NamedEntity> resolve(List<EventCandidate.Participant> participants, Map<String, NamedEntity> seen,
            Set<String> absent) {
        Map<Long, NamedEntity> resolved = new LinkedHashMap<>();
        for (EventCandidate.Participant p : participants) {
            String key = Names.normalize(p.name());
            if (key.isEmpty()) {
                continue;
            }
            NamedEntity entity = seen.get(key);
            if (entity == null) {
                entity = lookup(key, seen, absent, () -> entities.findByName(p.name()))
                        .orElseGet(() -> create(p, seen, absent));
                seen.put(key, entity);
            }
            if (entity.kind == EntityKind.OTHER && p.kind() != EntityKind.OTHER) {
                entity.kind = p.kind();
            }
            resolved.putIfAbsent(entity.id, entity);
        }
        return new ArrayList<>(resolved.values());
    }

    /** What {@code seen} or {@code absent} know of the normalised name, else what {@code stored} reads. */
    private static Optional<NamedEntity> lookup(String key, Map<String, NamedEntity> seen, Set<String> absent,
            Supplier<Optional<NamedEntity>> stored) {
        NamedEntity known = seen.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return absent.contains(key) ? Optional.empty() : stored.get();
    }

    private NamedEntity create(EventCandidate.Participant p, Map<String, NamedEntity> seen, Set<String> absent) {
        String shortForm = shortForm(p);
        NamedEntity bare = shortForm == null ? null : storedByShortForm(p, shortForm, seen, absent);
        String initials = p.kind() == EntityKind.ORGANIZATION ? Initialism.of(p.name()) : null;
        if (bare == null && initials != null) {
            bare = storedByInitials(initials, seen, absent);
        }
        if (bare != null) {
            bare.name = Names.clean(p.name());
            bare.kind = p.kind();
            entities.addAlias(bare, p.name());
            return bare;
        }
        NamedEntity clipped = storedClipped(p);
        if (clipped != null) {
            entities.addAlias(clipped, p.name());
            return clipped;
        }
        NamedEntity entity = new NamedEntity();
        entity.name = Names.clean(p.name());
        entity.kind = p.kind();
        entities.persist(entity);
        entities.addAlias(entity, p.name());
        if (shortForm != null && shortForm.length() > 2) {
            addShortAlias(entity, shortForm, seen, absent);
        }
        if (initials != null) {
            addShortAlias(entity, initials, seen, absent);
        }
        return entity;
    }

    /** The short form as an alias of the new entity, while no other entity goes by it. */
    private void addShortAlias(NamedEntity entity, String shortForm, Map<String, NamedEntity> seen, Set<String> absent) {
        String key = Names.normalize(shortForm);
        if (!seen.containsKey(key) && (absent.contains(key) || entities.findAlias(shortForm).isEmpty())) {
            entities.addAlias(entity, shortForm);
            seen.put(key, entity);
        }
    }

    /**
     * Session 14 (s14-split): an entity stored so far under an organisation's initials alone ("NTSB"), which
     * its full name ("National Transportation Safety Board", {@link Initialism}) now names.
     */
    private NamedEntity storedByInitials(String initials, Map<String, NamedEntity> seen, Set<String> absent) {
        return lookup(Names.normalize(initials), seen, absent, () -> entities.findByName(initials))
                .filter(e -> Initialism.written(e.name))
                .orElse(null);
    }

    /**
     * Session 14 (s14-split): a stored organisation that this one's name names with a word clipped ("Met
     * Office" for "Meteorological Office", either way round: {@link ClippedName}); one query, made only when a
     * new organisation of several words is named.
     */
    private NamedEntity storedClipped(EventCandidate.Participant p) {
        String pattern = p.kind() == EntityKind.ORGANIZATION ? ClippedName.lookupPattern(p.name()) : null;
        if (pattern == null) {
            return null;
        }
        return entities.findByNormalizedLike(pattern).entrySet().stream()
                .filter(e -> e.getValue().kind == EntityKind.ORGANIZATION || e.getValue().kind == EntityKind.OTHER)
                .filter(e -> ClippedName.same(e.getKey(), p.name()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** How later mentions shorten the name: a person's surname, a company's first word ("Kestrel"), else null. */
    private static String shortForm(EventCandidate.Participant p) {
        String name = Names.clean(p.name());
        if (p.kind() == EntityKind.PERSON) {
            String[] words = name.split(" ");
            return words.length > 1 ? words[words.length - 1] : null;
        }
        return p.kind() == EntityKind.ORGANIZATION ? MentionFinder.companyShortName(name) : null;
    }

    /**
     * An entity stored so far under the short form alone ("Putin", "Corvin"), which the full name now
     * names; a company's first word stored as a place or a person is another entity.
     */
    private NamedEntity storedByShortForm(EventCandidate.Participant p, String shortForm, Map<String, NamedEntity> seen,
            Set<String> absent) {
        return lookup(Names.normalize(shortForm), seen, absent, () -> entities.findByName(shortForm))
                .filter(e -> !e.name.contains(" "))
                .filter(e -> p.kind() == EntityKind.PERSON || e.kind != EntityKind.PLACE && e.kind != EntityKind.PERSON)
                .orElse(null);
    }
}
