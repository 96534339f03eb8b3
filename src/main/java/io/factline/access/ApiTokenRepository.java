package io.factline.access;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findActiveByHash(String hash) {
        return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }

    public boolean anyActive() {
        return count("revokedAt is null") > 0;
    }

    public List<ApiToken> page(Long afterId, int rows) {
        return afterId == null ? find("order by id").page(0, rows).list()
                : find("id > ?1 order by id", afterId).page(0, rows).list();
    }
}
