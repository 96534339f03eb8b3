package io.factline.article;

import io.factline.common.InList;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.factline.common.Like;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    /** The publication time of each of these articles, by id. */
    public Map<Long, Instant> publishedAt(Collection<Long> ids) {
        Map<Long, Instant> times = new HashMap<>();
        if (!ids.isEmpty()) {
            InList in = InList.of("ids", ids);
            in.bind(getEntityManager().createQuery("select a.id, a.publishedAt from Article a where a.id in " + in,
                            Object[].class))
                    .getResultList()
                    .forEach(row -> times.put((Long) row[0], (Instant) row[1]));
        }
        return times;
    }

    /** Newest first, keyset-paged by id; {@code q} matches title or text, case-insensitively. */
    public List<Article> search(String outlet, String q, Long beforeId, int rows) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (outlet != null) {
            where.append(" and lower(outlet) = :outlet");
            params.and("outlet", outlet.toLowerCase(java.util.Locale.ROOT));
        }
        if (q != null) {
            where.append(" and (lower(title) like :q" + Like.ESCAPE + " or lower(body) like :q" + Like.ESCAPE + ")");
            params.and("q", Like.containing(q));
        }
        if (beforeId != null) {
            where.append(" and id < :before");
            params.and("before", beforeId);
        }
        return find(where + " order by id desc", params).page(0, rows).list();
    }
}
