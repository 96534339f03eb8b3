package io.factline.extraction;

import io.factline.temporal.TemporalTagger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import io.factline.common.FactlineConfig;

/**
 * The extraction pipeline as a bean, made on first use; its OpenNLP models are read in the
 * background after start-up ({@link ModelPreload}). {@code factline.extraction.date-finder} picks the date
 * finder: {@code rules} ({@link RuleDateFinder}, the default) or {@code temporal} (the temporal
 * engine, {@link TemporalDateFinder}).
 */
@ApplicationScoped
public class ExtractionPipeline {

    private final EventExtractor extractor;

    ExtractionPipeline(FactlineConfig config, TemporalTagger tagger) {
        String finder = config.extraction().dateFinder();
        DateFinder dates = switch (finder.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "temporal" -> new TemporalDateFinder(tagger);
            case "rules" -> new RuleDateFinder();
            default -> throw new IllegalArgumentException(
                    "factline.extraction.date-finder must be 'rules' or 'temporal', not '" + finder + "'");
        };
        this.extractor = new EventExtractor(Nlp.english(), dates);
    }

    public List<EventCandidate> extract(String text, LocalDate reference) {
        return extractor.extract(text, reference);
    }
}
