package io.factline.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adding a claim happens under its event: {@code POST /api/events/{id}/claims}. */
@Path("/api/events/{id}/claims")
@Tag(name = "Claims")
public class EventClaimResource {

    private final ClaimService service;

    EventClaimResource(ClaimService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Add a claim to an event; the event's date and conflicts are recomputed")
    public Response add(@PathParam("id") long eventId, @NotNull @Valid ClaimRequest body, @Context UriInfo uri) {
        ClaimView view = service.add(eventId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/claims/" + view.id()).build()).entity(view).build();
    }
}
