package io.factline.event;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import io.factline.common.ProblemException;
import io.factline.history.HistoryEntry;
import io.factline.history.HistoryService;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@Tag(name = "Events", description = "Events, with the claims behind them and their conflicts")
public class EventResource {

    private final EventService service;
    private final FactlineConfig config;
    private final HistoryService history;

    EventResource(EventService service, FactlineConfig config, HistoryService history) {
        this.service = service;
        this.config = config;
        this.history = history;
    }

    @GET
    @Operation(summary = "Events matching the filters, in timeline order")
    public Page<EventView> list(@Valid @BeanParam TimelineParams params, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.timeline(params.toFilter(), PageRequest.of(limit, cursor, config.paging()));
    }

    @POST
    @Operation(summary = "Create an event; its date comes from the claims added to it")
    public Response create(@NotNull @Valid EventRequest body, @Context UriInfo uri) {
        EventView view = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view).build();
    }

    /**
     * One event. An event merged into another because a later report showed them to be one (s13-merge) answers
     * 308 Permanent Redirect to the surviving event, with {@code Location} and {@code Factline-Merged-Into}.
     */
    @GET
    @Path("/{id}")
    @Operation(summary = "One event with its claims and conflicts; an event merged into another redirects (308) to it")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "308", description = "The event was merged into the event at Location")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response get(@PathParam("id") long id, @Context UriInfo uri) {
        Optional<EventView> event = service.view(id);
        if (event.isPresent()) {
            return Response.ok(event.get()).build();
        }
        long survivor = service.absorbedInto(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        return Response.status(308)
                .location(uri.getBaseUriBuilder().path(EventResource.class).path(String.valueOf(survivor)).build())
                .header(MERGED_INTO, survivor)
                .build();
    }

    /** The header naming the event an absorbed event was merged into. */
    public static final String MERGED_INTO = "Factline-Merged-Into";

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an event's title, summary, kind, location, participants and tags")
    public EventView update(@PathParam("id") long id, @NotNull @Valid EventRequest body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an event with its claims")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every recorded version of the event: who changed what, and when (oldest first)")
    public Page<HistoryEntry> history(@PathParam("id") long id) {
        return history.ofEvent(id);
    }
}
