package io.factline.extraction;

import io.factline.article.Article;
import io.factline.claim.Claim;
import io.factline.claim.Rank;
import io.factline.common.Timestamps;
import io.factline.event.Event;
import java.time.Instant;

/** The claim a candidate of an article makes on its event, ready to be persisted. */
final class ClaimWriter {

    private ClaimWriter() {
    }

    static Claim claim(Event event, EventCandidate candidate, Article article) {
        Claim claim = new Claim();
        Instant now = Timestamps.now();
        claim.eventId = event.id;
        claim.articleId = article.id;
        claim.articleVersion = article.version;
        claim.sourceUrl = article.url;
        claim.outlet = article.outlet;
        claim.attributedTo = candidate.attributedTo();
        claim.quote = candidate.quote();
        claim.begin = candidate.quoteBegin();
        claim.end = candidate.quoteEnd();
        claim.stance = candidate.stance();
        claim.dateValue = candidate.date().value();
        claim.rank = Rank.NORMAL;
        claim.extracted = true;
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }
}
