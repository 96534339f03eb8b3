package io.factline.entity;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import static io.factline.common.Params.blankToNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/entities")
@Tag(name = "Entities", description = "People, organisations and places, with their aliases")
public class EntityResource {

    private final EntityService service;
    private final FactlineConfig config;

    EntityResource(EntityService service, FactlineConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "Entities whose name or an alias contains q, with event counts")
    public Page<EntityView> list(@QueryParam("q") @Size(max = 300) String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.search(blankToNull(q), PageRequest.of(limit, cursor, config.paging()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity")
    public EntityView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Register an entity with aliases, or add aliases to the entity one of them names")
    public Response register(@NotNull @Valid EntityRequest body) {
        return Response.ok(service.register(body)).build();
    }
}
