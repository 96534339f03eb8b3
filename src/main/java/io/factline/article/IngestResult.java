package io.factline.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.factline.claim.ClaimView;
import io.factline.conflict.ConflictView;
import io.factline.event.EventView;
import java.util.List;

/**
 * The answer to an ingest: the stored article, what happened to it, and the events, claims and
 * conflicts its text produced.
 */
public record IngestResult(@JsonUnwrapped ArticleView article, Outcome outcome, List<EventView> events,
        List<ClaimView> claims, List<ConflictView> conflicts) {

    /** CREATED: a new URL. UNCHANGED: same URL, same text. UPDATED: same URL, corrected text. */
    public enum Outcome {
        CREATED,
        UNCHANGED,
        UPDATED
    }
}
