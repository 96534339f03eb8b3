package io.factline.claim;

import io.factline.article.Article;
import io.factline.article.ArticleRepository;
import io.factline.common.ProblemException;
import io.factline.common.RetryOnDuplicate;
import io.factline.event.Event;
import io.factline.event.EventRefresh;
import io.factline.event.EventRepository;
import io.factline.date.DateInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;

/** Claims entered or edited by hand. Every change recomputes the event's date and conflicts. */
@ApplicationScoped
@Transactional
public class ClaimService {

    private final ClaimRepository claims;
    private final EventRepository events;
    private final ArticleRepository articles;
    private final EventRefresh refresh;
    private final FactlineMetrics metrics;

    ClaimService(ClaimRepository claims, EventRepository events, ArticleRepository articles, EventRefresh refresh,
            FactlineMetrics metrics) {
        this.claims = claims;
        this.events = events;
        this.articles = articles;
        this.refresh = refresh;
        this.metrics = metrics;
    }

    @RetryOnDuplicate
    public ClaimView add(long eventId, ClaimRequest request) {
        Event event = event(eventId);
        Claim claim = new Claim();
        claim.eventId = eventId;
        claim.extracted = false;
        claim.createdAt = Timestamps.now();
        apply(claim, request);
        claims.persist(claim);
        refresh.refresh(event);
        metrics.claimsAdded(1);
        return ClaimView.from(claim);
    }

    @RetryOnDuplicate
    public ClaimView update(long id, ClaimRequest request) {
        Claim claim = find(id);
        Event event = event(claim.eventId);
        apply(claim, request);
        refresh.refresh(event);
        return ClaimView.from(claim);
    }

    @RetryOnDuplicate
    public void delete(long id) {
        Claim claim = find(id);
        Event event = event(claim.eventId);
        claims.delete(claim);
        claims.flush();
        refresh.refresh(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimView get(long id) {
        return ClaimView.from(find(id));
    }

    private void apply(Claim claim, ClaimRequest request) {
        if (request.articleId() != null) {
            Article article = articles.findByIdOptional(request.articleId())
                    .orElseThrow(() -> ProblemException.invalidField("articleId",
                            "article " + request.articleId() + " does not exist"));
            claim.articleId = article.id;
            claim.sourceUrl = article.url;
            claim.outlet = article.outlet;
        } else if (blank(request.sourceUrl()) || blank(request.outlet())) {
            throw ProblemException.badRequest("Give either articleId, or both sourceUrl and outlet");
        } else {
            claim.articleId = null;
            claim.sourceUrl = request.sourceUrl().strip();
            claim.outlet = request.outlet().strip();
        }
        if (request.begin() != null && request.end() != null && request.end() < request.begin()) {
            throw ProblemException.invalidField("end", "must not be before begin");
        }
        claim.attributedTo = blank(request.attributedTo()) ? null : request.attributedTo().strip();
        claim.quote = request.quote();
        claim.begin = request.begin();
        claim.end = request.end();
        claim.stance = request.stance() == null ? Stance.ASSERTS : request.stance();
        claim.rank = request.rank() == null ? Rank.NORMAL : request.rank();
        var date = DateInput.parse("date", request.date());
        claim.dateValue = date == null ? null : date.value();
        claim.updatedAt = Timestamps.now();
    }

    private Claim find(long id) {
        return claims.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
    }

    /** The claim's event, locked like an edit of the event itself: its date and conflicts change with the claim. */
    private Event event(long id) {
        return events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
