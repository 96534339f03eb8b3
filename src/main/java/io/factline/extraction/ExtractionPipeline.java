package io.factline.extraction;

import io.factline.temporal.TemporalTagger;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The extraction pipeline as a bean: OpenNLP models loaded at startup (two seconds), so the
 * first ingest is not the slow one. Dates come from the temporal engine ({@link DateFinder}).
 */
@Startup
@ApplicationScoped
public class ExtractionPipeline {

    private final EventExtractor extractor;

    ExtractionPipeline(TemporalTagger tagger) {
        this.extractor = new EventExtractor(Nlp.english(), new DateFinder(tagger));
    }

    public List<EventCandidate> extract(String text, LocalDate reference) {
        return extractor.extract(text, reference);
    }
}
