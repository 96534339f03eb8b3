package io.factline.access;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Token management; {@link AccessFilter} lets only ADMIN tokens in. */
@Path("/api/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for editors and admins (ADMIN only)")
public class TokenResource {

    private final TokenService service;
    private final FactlineConfig config;

    TokenResource(TokenService service, FactlineConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Operation(summary = "Issue a token; the answer is the only time the token is shown")
    public Response issue(@NotNull @Valid TokenRequest body) {
        return Response.status(201).entity(service.issue(body)).build();
    }

    @GET
    @Operation(summary = "Issued tokens, without the tokens themselves")
    public Page<TokenView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config.paging()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token")
    public Response revoke(@PathParam("id") long id) {
        service.revoke(id);
        return Response.noContent().build();
    }
}
