package io.factline.article;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.RetryOnDuplicate;
import io.factline.extraction.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

@ApplicationScoped
@Transactional
public class ArticleService {

    private final ArticleRepository articles;
    private final FactlineConfig config;
    private final FactlineMetrics metrics;
    private final ExtractionService extraction;
    private final IngestTimeout timeout;

    ArticleService(ArticleRepository articles, FactlineConfig config, FactlineMetrics metrics,
            ExtractionService extraction, IngestTimeout timeout) {
        this.articles = articles;
        this.config = config;
        this.metrics = metrics;
        this.extraction = extraction;
        this.timeout = timeout;
    }

    /**
     * Stores an article by URL and extracts its events and claims. The same URL with the same
     * text changes nothing; with other text (a correction) the article's fields are replaced, its
     * version goes up, the claims from the earlier text are superseded and the new text is
     * extracted afresh. Runs in a transaction of its own, bounded by {@code factline.ingest.timeout}
     * ({@link IngestTimeout}).
     */
    @RetryOnDuplicate
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public IngestResult ingest(ArticleRequest request) {
        if (request.text().length() > config.limits().articleTextLength()) {
            throw ProblemException.tooLarge("text is " + request.text().length() + " characters; the limit is "
                    + config.limits().articleTextLength() + " (factline.limits.article-text-length)");
        }
        PublicationTime published = PublicationTime.parse("publishedAt", request.publishedAt());
        String url = request.url().strip();
        return timeout.run(url, () -> store(request, url, published));
    }

    private IngestResult store(ArticleRequest request, String url, PublicationTime published) {
        String hash = sha256(request.text());
        Article article = articles.findByUrl(url).orElse(null);
        IngestResult.Outcome outcome;
        Instant now = Timestamps.now();
        if (article == null) {
            article = new Article();
            article.url = url;
            article.version = 1;
            article.ingestedAt = now;
            outcome = IngestResult.Outcome.CREATED;
        } else if (article.contentHash.equals(hash)) {
            metrics.articleIngested(IngestResult.Outcome.UNCHANGED);
            return new IngestResult(ArticleView.summary(article), IngestResult.Outcome.UNCHANGED, List.of(),
                    List.of(), List.of());
        } else {
            article.version++;
            outcome = IngestResult.Outcome.UPDATED;
        }
        article.outlet = request.outlet().strip();
        article.title = request.title().strip();
        article.publishedAt = published.instant();
        article.publishedOn = published.day();
        article.body = request.text();
        article.contentHash = hash;
        article.updatedAt = now;
        articles.persist(article);
        metrics.articleIngested(outcome);
        articles.flush();
        Article stored = article;
        ExtractionService.Outcome found = metrics.timeExtraction(
                () -> extraction.extract(stored, outcome == IngestResult.Outcome.UPDATED));
        return new IngestResult(ArticleView.summary(article), outcome, found.events(), found.claims(),
                found.conflicts());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView get(long id) {
        return ArticleView.full(articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Article", id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleView> search(String outlet, String q, PageRequest page) {
        List<Article> rows = articles.search(outlet, q, page.positionAsId(), page.limit() + 1);
        return page.page(rows, a -> String.valueOf(a.id), list -> list.stream().map(ArticleView::summary).toList());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
