package io.factline.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import io.factline.common.Page;
import io.factline.history.HistoryEntry;
import io.factline.history.HistoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims")
@Tag(name = "Claims", description = "What sources say about events")
public class ClaimResource {

    private final ClaimService service;
    private final HistoryService history;

    ClaimResource(ClaimService service, HistoryService history) {
        this.service = service;
        this.history = history;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One claim")
    public ClaimView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a claim; the event's date and conflicts are recomputed")
    public ClaimView update(@PathParam("id") long id, @NotNull @Valid ClaimRequest body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a claim; the event's date and conflicts are recomputed")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every recorded version of the claim: who changed what, and when (oldest first)")
    public Page<HistoryEntry> history(@PathParam("id") long id) {
        return history.ofClaim(id);
    }
}
