package io.factline.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Claims", description = "What sources say about events")
public class ClaimResource {

    private final ClaimService service;

    ClaimResource(ClaimService service) {
        this.service = service;
    }

    @POST
    @Path("/events/{id}/claims")
    @Operation(summary = "Add a claim to an event; the event's date and conflicts are recomputed")
    public Response add(@PathParam("id") long eventId, @NotNull @Valid ClaimRequest body, @Context UriInfo uri) {
        ClaimView view = service.add(eventId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/claims/" + view.id()).build()).entity(view).build();
    }

    @GET
    @Path("/claims/{id}")
    @Operation(summary = "One claim")
    public ClaimView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/claims/{id}")
    @Operation(summary = "Replace a claim; the event's date and conflicts are recomputed")
    public ClaimView update(@PathParam("id") long id, @NotNull @Valid ClaimRequest body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("/claims/{id}")
    @Operation(summary = "Delete a claim; the event's date and conflicts are recomputed")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
