package io.factline.extraction;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Reads the OpenNLP models (sentences, tokens, parts of speech, lemmas; about a second of CPU)
 * on a background thread a few seconds after the service has started, so that start-up and the
 * first requests do not wait for them nor share the CPU with them (on two cores the load would
 * otherwise run beside the end of start-up and the JIT compiler). An ingest or annotation that
 * arrives before they are read waits for the same load: {@link Nlp} and
 * {@link io.factline.temporal.OpenNlpModels} load once, under a lock, whoever asks first.
 */
@ApplicationScoped
class ModelPreload {

    private static final Logger LOG = Logger.getLogger(ModelPreload.class);
    private static final Duration DELAY = Duration.ofSeconds(3);

    static void start(@Observes StartupEvent start) {
        Thread loader = new Thread(ModelPreload::loadLater, "factline-model-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static void loadLater() {
        try {
            Thread.sleep(DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        load();
    }

    private static void load() {
        try {
            Nlp.english();
        } catch (RuntimeException e) {
            LOG.error("Reading the OpenNLP models failed; the first ingest will try again", e);
        }
    }
}
