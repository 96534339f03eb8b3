package io.factline.conflict;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.Params;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Locale;
import io.factline.history.HistoryEntry;
import io.factline.history.HistoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/conflicts")
@Tag(name = "Conflicts", description = "Where sources disagree, and editors' verdicts")
public class ConflictResource {

    private final ConflictService service;
    private final FactlineConfig config;
    private final HistoryService history;

    ConflictResource(ConflictService service, FactlineConfig config, HistoryService history) {
        this.service = service;
        this.config = config;
        this.history = history;
    }

    @GET
    @Operation(summary = "Conflicts, oldest first, by status (OPEN, RESOLVED, DISMISSED) and event")
    public Page<ConflictView> list(@QueryParam("status") String status, @QueryParam("eventId") String eventId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.search(status(status), Params.id("eventId", eventId), PageRequest.of(limit, cursor, config.paging()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conflict")
    public ConflictView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/resolution")
    @Operation(summary = "Resolve, dismiss or reopen a conflict, optionally naming the preferred claim")
    public ConflictView resolve(@PathParam("id") long id, @NotNull @Valid ResolutionRequest body) {
        return service.resolve(id, body);
    }

    private static ConflictStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ConflictStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(ConflictStatus.values()));
        }
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every recorded version of the conflict: who changed what, and when (oldest first)")
    public Page<HistoryEntry> history(@PathParam("id") long id) {
        return history.ofConflict(id);
    }
}
