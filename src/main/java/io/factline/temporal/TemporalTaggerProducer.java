package io.factline.temporal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java tagger injectable; one instance serves all requests (it is thread-safe). */
@ApplicationScoped
class TemporalTaggerProducer {

    @Produces
    @Singleton
    TemporalTagger temporalTagger() {
        return new TemporalTagger();
    }
}
