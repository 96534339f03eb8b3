package io.factline.extraction;

import io.factline.temporal.TemporalTagger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The extraction pipeline as a bean, made on first use; its OpenNLP models are read in the
 * background after start-up ({@link ModelPreload}). Dates come from the temporal engine
 * ({@link DateFinder}).
 */
@ApplicationScoped
public class ExtractionPipeline {

    private final EventExtractor extractor;
    private final SentenceGuard guard;

    ExtractionPipeline(TemporalTagger tagger, SentenceGuard guard) {
        this.extractor = new EventExtractor(Nlp.english(), new DateFinder(tagger));
        this.guard = guard;
    }

    public List<EventCandidate> extract(String text, LocalDate reference) {
        return extractor.extract(text, reference);
    }

    /**
     * As {@link #extract(String, LocalDate)}, with the people earlier articles stored ({@link StoredPeople}),
     * for the article at {@code url}: a sentence whose extraction throws is skipped ({@link SentenceGuard}).
     */
    public List<EventCandidate> extract(String text, LocalDate reference, Map<String, String> storedPeople,
            String url) {
        return extractor.extract(text, reference, storedPeople,
                (sentence, extraction) -> guard.run(url, sentence, extraction));
    }

    /** As {@link #extract(String, LocalDate, Map, String)}, with what the article says its participants act for. */
    public EventExtractor.Extraction read(String text, LocalDate reference, Map<String, String> storedPeople,
            String url) {
        return extractor.read(text, reference, storedPeople,
                (sentence, extraction) -> guard.run(url, sentence, extraction));
    }
}
