package io.factline.article;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.RetryOnDuplicate;
import io.factline.extraction.EventCandidate;
import io.factline.extraction.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.factline.common.Timestamps;
import io.factline.metrics.FactlineMetrics;
import java.time.Duration;
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
     * extracted afresh. The text is analysed first, outside any transaction ({@link ExtractionService#find});
     * what was found is then stored in a transaction of its own, bounded by {@code factline.ingest.timeout}
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
        String hash = sha256(request.text());
        // The same text again changes nothing: answered from a read, with no extraction and no transaction.
        Article known = articles.findByUrl(url).orElse(null);
        if (known != null && known.contentHash.equals(hash)) {
            return unchanged(known);
        }
        // The extraction pipeline runs before the write transaction: its time is not the transaction's.
        long started = System.nanoTime();
        List<EventCandidate> found;
        try {
            found = extraction.find(request.text(), published.day(), url);
        } catch (RuntimeException e) {
            metrics.extractionTimer().record(Duration.ofNanos(System.nanoTime() - started));
            throw e;
        }
        long pipeline = System.nanoTime() - started;
        return timeout.run(url, () -> store(request, url, published, hash, found, pipeline));
    }

    private IngestResult unchanged(Article article) {
        metrics.articleIngested(IngestResult.Outcome.UNCHANGED);
        return new IngestResult(ArticleView.summary(article), IngestResult.Outcome.UNCHANGED, List.of(), List.of(),
                List.of());
    }

    private IngestResult store(ArticleRequest request, String url, PublicationTime published, String hash,
            List<EventCandidate> found, long pipelineNanos) {
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
            // the same text stored by a concurrent ingest since the read in ingest()
            return unchanged(article);
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
        long started = System.nanoTime();
        ExtractionService.Outcome stored;
        try {
            stored = extraction.extract(article, outcome == IngestResult.Outcome.UPDATED, found);
        } finally {
            // the pipeline's time and the storing's, as one extraction
            metrics.extractionTimer().record(Duration.ofNanos(pipelineNanos + System.nanoTime() - started));
        }
        return new IngestResult(ArticleView.summary(article), outcome, stored.events(), stored.claims(),
                stored.conflicts());
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
