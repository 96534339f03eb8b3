package io.factline.extraction;

import io.factline.metrics.FactlineMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The boundary around the extraction of one sentence: a rule that throws on an unusual sentence
 * loses that sentence's events, not the article. The article is stored and every other sentence is
 * read as usual; the failure is logged once (the article's URL, the sentence's offsets in its text,
 * the exception) and counted in {@code factline.extraction.sentence.failures}. What the skipped
 * sentence had taught the rest of the article before it failed (a name, the last person named) stays.
 *
 * <p>Only {@link RuntimeException}s are caught: an {@link Error} (out of memory, a stack overflow)
 * says the process, not the sentence, is in trouble.
 */
@ApplicationScoped
public class SentenceGuard {

    private static final Logger LOG = Logger.getLogger(SentenceGuard.class);

    private final Runnable skipped;

    @Inject
    SentenceGuard(FactlineMetrics metrics) {
        this(metrics::sentenceSkipped);
    }

    /** A guard that calls {@code skipped} once for every sentence it skips. */
    SentenceGuard(Runnable skipped) {
        this.skipped = skipped;
    }

    /**
     * The candidates {@code extraction} finds in the sentence, or none when it throws.
     *
     * @param articleUrl the URL of the article, for the log
     */
    public List<EventCandidate> run(String articleUrl, Sentence sentence, Supplier<List<EventCandidate>> extraction) {
        try {
            return extraction.get();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Skipped the sentence at characters %d-%d of %s: its extraction failed",
                    sentence.begin(), sentence.end(), articleUrl);
            skipped.run();
            return List.of();
        }
    }
}
