package io.factline.temporal;

import io.factline.article.PublicationTime;
import io.factline.common.ProblemException;
import io.factline.metrics.FactlineMetrics;
import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Finds and resolves the temporal expressions of a text; nothing is stored. */
@Path("/api/annotate")
public class AnnotateResource {

    private final TemporalTagger tagger;
    private final AnnotateConfig config;
    private final FactlineMetrics metrics;

    AnnotateResource(TemporalTagger tagger, AnnotateConfig config, FactlineMetrics metrics) {
        this.tagger = tagger;
        this.config = config;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AnnotateResponse annotate(AnnotateRequest request) {
        metrics.annotateRequest();
        if (request == null || request.text() == null) {
            throw ProblemException.invalidField("text", "is required");
        }
        if (request.text().length() > config.maxTextLength()) {
            throw ProblemException.tooLarge("text has " + request.text().length() + " characters; the limit is "
                    + config.maxTextLength() + " (factline.annotate.max-text-length)");
        }
        if (request.publishedAt() == null || request.publishedAt().isBlank()) {
            throw ProblemException.invalidField("publishedAt", "is required (an ISO date such as 2026-01-21)");
        }
        LocalDate reference = PublicationTime.parse("publishedAt", request.publishedAt()).day();
        AnnotateResponse response = AnnotateResponse.from(tagger.annotate(request.text(), reference));
        metrics.timexesFound(response.timexes().size());
        return response;
    }
}
