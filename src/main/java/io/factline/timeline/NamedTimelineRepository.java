package io.factline.timeline;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NamedTimelineRepository implements PanacheRepository<NamedTimeline> {

    public Optional<NamedTimeline> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<NamedTimeline> page(Long afterId, int rows) {
        return afterId == null ? find("order by id").page(0, rows).list()
                : find("id > ?1 order by id", afterId).page(0, rows).list();
    }
}
