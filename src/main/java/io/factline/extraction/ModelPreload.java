package io.factline.extraction;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Reads the OpenNLP models (sentences, tokens, parts of speech, lemmas; about a second of CPU)
 * on a background thread once the service has started, so that start-up does not wait for them.
 * An ingest or annotation that arrives before they are read waits for the same load: {@link Nlp}
 * and {@link io.factline.temporal.OpenNlpModels} load once, under a lock, whoever asks first.
 */
@ApplicationScoped
class ModelPreload {

    private static final Logger LOG = Logger.getLogger(ModelPreload.class);

    static void start(@Observes StartupEvent start) {
        Thread loader = new Thread(ModelPreload::load, "factline-model-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static void load() {
        try {
            Nlp.english();
        } catch (RuntimeException e) {
            LOG.error("Reading the OpenNLP models failed; the first ingest will try again", e);
        }
    }
}
