package io.factline.extraction;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.ClaimRepository;
import io.factline.claim.Stance;
import io.factline.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Marks the claims extracted from a corrected article's earlier text superseded: kept, but no longer counted. */
@ApplicationScoped
class CorrectedClaims {

    private final ClaimRepository claims;

    CorrectedClaims(ClaimRepository claims) {
        this.claims = claims;
    }

    /**
     * Supersedes the article's active claims and adds their events to {@code touched}; {@code counting} then holds,
     * for each of those events, the stances of its claims that still count.
     */
    void supersede(Article article, Set<Long> touched, Map<Long, Set<Stance>> counting) {
        for (Claim old : claims.activeOfArticle(article.id)) {
            old.superseded = true;
            old.updatedAt = Timestamps.now();
            touched.add(old.eventId);
        }
        claims.flush();
        touched.forEach(id -> counting.put(id, EnumSet.noneOf(Stance.class)));
        claims.ofEvents(touched).forEach(c -> counting.get(c.eventId).add(c.stance));
    }
}
