package io.factline.claim;

import io.factline.common.InList;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    /** The claims that count on an event: superseded ones (from an article's earlier text) are left out. */
    public List<Claim> ofEvent(long eventId) {
        return list("eventId = ?1 and superseded = false order by id", eventId);
    }

    /** The claims that count on these events, by event then id. */
    public List<Claim> ofEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("events", eventIds);
        return list("eventId in " + in + " and superseded = false order by eventId, id", in.parameters());
    }

    /** The claims that count on these events and come from one article. */
    public List<Claim> ofEventsFromArticle(Collection<Long> eventIds, long articleId) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("events", eventIds);
        java.util.Map<String, Object> parameters = in.parameters();
        parameters.put("article", articleId);
        return list("eventId in " + in + " and articleId = :article and superseded = false order by eventId, id",
                parameters);
    }

    /** The articles each of these events has counting claims from, by event. */
    public java.util.Map<Long, java.util.Set<Long>> articlesOf(Collection<Long> eventIds) {
        java.util.Map<Long, java.util.Set<Long>> result = new java.util.HashMap<>();
        if (!eventIds.isEmpty()) {
            InList in = InList.of("ids", eventIds);
            in.bind(getEntityManager().createQuery("select distinct c.eventId, c.articleId from Claim c "
                    + "where c.eventId in " + in + " and c.superseded = false and c.articleId is not null", Object[].class))
                    .getResultList()
                    .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]));
        }
        return result;
    }

    /** The quotes of the claims that count on an event (a projection: no claim is loaded into the session). */
    public List<String> quotesOf(long eventId) {
        return getEntityManager().createQuery("select c.quote from Claim c where c.eventId = :event "
                + "and c.superseded = false and c.quote is not null order by c.id", String.class)
                .setParameter("event", eventId).getResultList();
    }

    /** The extracted claims of an article that still count. */
    public List<Claim> activeOfArticle(long articleId) {
        return list("articleId = ?1 and superseded = false and extracted = true order by id", articleId);
    }
}
