package io.factline.entity;

import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.RetryOnDuplicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class EntityService {

    private final EntityRepository entities;

    EntityService(EntityRepository entities) {
        this.entities = entities;
    }

    /**
     * The entities behind a list of names, in the order given, duplicates dropped. A name no
     * entity goes by yet becomes a new entity of kind OTHER, so "Putin" and "Vladimir Putin" stay
     * two entities until an editor (or the extractor) registers one as the other's alias.
     */
    public List<NamedEntity> resolve(List<String> names) {
        Map<Long, NamedEntity> resolved = new LinkedHashMap<>();
        for (String name : names) {
            requireLetters("participants", name);
            NamedEntity entity = entities.findByName(name).orElseGet(() -> create(name, EntityKind.OTHER));
            resolved.putIfAbsent(entity.id, entity);
        }
        return new ArrayList<>(resolved.values());
    }

    @RetryOnDuplicate
    public EntityView register(EntityRequest request) {
        List<String> names = new ArrayList<>();
        names.add(request.name());
        requireLetters("name", request.name());
        if (request.aliases() != null) {
            for (int i = 0; i < request.aliases().size(); i++) {
                requireLetters("aliases[" + i + "]", request.aliases().get(i));
            }
            names.addAll(request.aliases());
        }
        NamedEntity owner = null;
        for (String name : names) {
            EntityAlias alias = entities.findAlias(name).orElse(null);
            if (alias == null) {
                continue;
            }
            if (owner != null && !owner.id.equals(alias.entityId)) {
                throw ProblemException.conflict("'" + name + "' already names another entity (id " + alias.entityId
                        + "); one request cannot join two existing entities");
            }
            owner = entities.findById(alias.entityId);
        }
        NamedEntity entity = owner != null ? owner : create(request.name(), kindOr(request.kind()));
        if (owner != null) {
            entity.name = Names.clean(request.name());
            if (request.kind() != null) {
                entity.kind = request.kind();
            }
        }
        for (String name : names) {
            if (entities.findAlias(name).isEmpty()) {
                entities.addAlias(entity, name);
            }
        }
        return view(entity);
    }

    /** A name is found by its letters and digits ({@link Names#normalize}); one without any could name nothing. */
    private static void requireLetters(String field, String name) {
        if (Names.normalize(name).isEmpty()) {
            throw ProblemException.invalidField(field, "'" + name + "' contains no letters or digits");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EntityView get(long id) {
        NamedEntity entity = entities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Entity", id));
        return view(entity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EntityView> search(String q, PageRequest page) {
        String afterName = null;
        Long afterId = null;
        if (page.position() != null) {
            int split = page.position().lastIndexOf('\n');
            if (split < 0) {
                throw PageRequest.malformedCursor();
            }
            afterName = page.position().substring(0, split);
            try {
                afterId = Long.parseLong(page.position().substring(split + 1));
            } catch (NumberFormatException e) {
                throw PageRequest.malformedCursor();
            }
        }
        List<NamedEntity> rows = entities.search(q, afterName, afterId, page.limit() + 1);
        return page.page(rows, e -> e.name + "\n" + e.id, this::views);
    }

    private List<EntityView> views(List<NamedEntity> list) {
        List<Long> ids = list.stream().map(e -> e.id).toList();
        Map<Long, List<String>> aliases = entities.aliasesOf(ids);
        Map<Long, Long> counts = entities.eventCounts(ids);
        return list.stream().map(e -> new EntityView(e.id, e.name, e.kind, aliases.getOrDefault(e.id, List.of()),
                counts.getOrDefault(e.id, 0L))).toList();
    }

    private EntityView view(NamedEntity entity) {
        return views(List.of(entity)).get(0);
    }

    private NamedEntity create(String name, EntityKind kind) {
        NamedEntity entity = new NamedEntity();
        entity.name = Names.clean(name);
        entity.kind = kind;
        entities.persist(entity);
        entities.addAlias(entity, name);
        return entity;
    }

    private static EntityKind kindOr(EntityKind kind) {
        return kind == null ? EntityKind.OTHER : kind;
    }
}
