package io.factline.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.event.EventFilter;
import io.factline.event.EventService;
import io.factline.event.EventView;
import io.factline.event.TimelineParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Timelines", description = "Ordered timelines, ad hoc or saved under a slug")
public class TimelineResource {

    private final EventService events;
    private final NamedTimelineService timelines;
    private final FactlineConfig config;
    private final TimelineCache cache;
    private final ObjectMapper json;

    TimelineResource(EventService events, NamedTimelineService timelines, FactlineConfig config,
            TimelineCache cache, ObjectMapper json) {
        this.events = events;
        this.timelines = timelines;
        this.config = config;
        this.cache = cache;
        this.json = json;
    }

    @GET
    @Path("/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ordered timeline of the events matching the filters")
    @APIResponse(responseCode = "200", description = "{items: [Event], next: cursor or null}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Response timeline(@Valid @BeanParam TimelineParams params, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        EventFilter filter = params.toFilter();
        PageRequest page = PageRequest.of(limit, cursor, config.paging());
        byte[] body = cache.get(filter, page, () -> serialize(events.timeline(filter, page)));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] serialize(Page<EventView> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A timeline page could not be written as JSON", e);
        }
    }

    @POST
    @Path("/timelines")
    @Operation(summary = "Save a timeline query under a slug")
    public Response create(@NotNull @Valid NamedTimelineRequest body, @Context UriInfo uri) {
        NamedTimelineView view = timelines.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(view.slug()).build()).entity(view).build();
    }

    @GET
    @Path("/timelines")
    @Operation(summary = "Saved timelines, oldest first")
    public Page<NamedTimelineView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return timelines.list(PageRequest.of(limit, cursor, config.paging()));
    }

    @GET
    @Path("/timelines/{slug}")
    @Operation(summary = "A saved timeline with one page of its events")
    public NamedTimelineDetail read(@PathParam("slug") String slug, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return timelines.read(slug, PageRequest.of(limit, cursor, config.paging()));
    }
}
