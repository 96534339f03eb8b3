package io.factline.extraction;

import io.factline.metrics.FactlineMetrics;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A service in which the extraction of every sentence that contains {@link #MARKER} throws after it
 * ran, as a rule tripping over an unusual sentence would; the real {@link SentenceGuard} handles it.
 */
public class ThrowingOnMarker implements QuarkusTestProfile {

    static final String MARKER = "tangerine";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Guard.class);
    }

    @Alternative
    @Singleton
    static class Guard extends SentenceGuard {

        @Inject
        Guard(FactlineMetrics metrics) {
            super(metrics);
        }

        @Override
        public List<EventCandidate> run(String articleUrl, Sentence sentence,
                Supplier<List<EventCandidate>> extraction) {
            return super.run(articleUrl, sentence, () -> {
                List<EventCandidate> found = extraction.get();
                if (sentence.text().contains(MARKER)) {
                    throw new IllegalStateException("a rule tripped over the marker");
                }
                return found;
            });
        }
    }
}
