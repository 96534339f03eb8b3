package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.entity.EntityKind;
import io.factline.entity.NamedEntity;
import io.factline.event.Event;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@link EventMatcher} is told of stored events and of the entities of a candidate or an event. */
final class MatcherFeatures {

    /** Stands for the article being ingested in {@link EventMatcher.Features#articleIds()}. */
    static final long THIS_ARTICLE = -1;

    private MatcherFeatures() {
    }

    /**
     * The matcher's view of stored events. Whether an event already has a claim from the article
     * being ingested is known without reading claims: its earlier claims, if it is a correction,
     * are superseded, so only the claims added in this ingest count.
     */
    static List<EventMatcher.Features> features(List<Event> list, Set<Long> fromThisArticle,
            Affiliations affiliations) {
        return list.stream().map(e -> new EventMatcher.Features(e.id, ids(e.participants), e.kind, e.action, e.theme,
                e.location, e.dateValue == null ? null : EdtfDate.stored(e.dateValue),
                fromThisArticle.contains(e.id) ? Set.of(THIS_ARTICLE) : Set.of(), Set.of(), e.subject,
                people(e.participants), affiliations.of(ids(e.participants)), e.denied && !e.asserted)).toList();
    }

    static Set<Long> ids(Collection<NamedEntity> entities) {
        return entities.stream().map(e -> e.id).collect(Collectors.toSet());
    }

    /** The ids of the people among the entities. */
    static Set<Long> people(Collection<NamedEntity> entities) {
        return entities.stream().filter(e -> e.kind == EntityKind.PERSON).map(e -> e.id).collect(Collectors.toSet());
    }
}
