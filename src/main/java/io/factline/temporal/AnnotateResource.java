package io.factline.temporal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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

    AnnotateResource(TemporalTagger tagger, AnnotateConfig config) {
        this.tagger = tagger;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AnnotateResponse annotate(AnnotateRequest request) {
        if (request == null || request.text() == null) {
            throw AnnotateProblems.invalidField("text", "text is required");
        }
        if (request.text().length() > config.maxTextLength()) {
            throw AnnotateProblems.tooLong(request.text().length(), config.maxTextLength());
        }
        LocalDate reference = publicationDate(request.publishedAt());
        return AnnotateResponse.from(tagger.annotate(request.text(), reference));
    }

    /**
     * Accepts an ISO date ({@code 2026-01-21}) or an ISO date-time with or without offset
     * ({@code 2026-01-21T09:30:00Z}, {@code 2026-01-21T09:30}); the date as written is the reference.
     */
    private static LocalDate publicationDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            throw AnnotateProblems.invalidField("publishedAt", "publishedAt is required (an ISO date such as 2026-01-21)");
        }
        try {
            if (publishedAt.length() == 10) {
                return LocalDate.parse(publishedAt);
            }
            return hasOffset(publishedAt) ? OffsetDateTime.parse(publishedAt).toLocalDate()
                    : LocalDateTime.parse(publishedAt).toLocalDate();
        } catch (DateTimeParseException e) {
            throw AnnotateProblems.invalidField("publishedAt",
                    "publishedAt '" + publishedAt + "' is not an ISO date such as 2026-01-21");
        }
    }

    private static boolean hasOffset(String dateTime) {
        int time = dateTime.indexOf('T');
        return dateTime.endsWith("Z") || time > 0 && (dateTime.indexOf('+', time) > 0 || dateTime.indexOf('-', time) > 0);
    }
}
