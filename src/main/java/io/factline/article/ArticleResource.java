package io.factline.article;

import static io.factline.common.Params.blankToNull;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.UniqueRetry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles")
@Tag(name = "Articles", description = "Ingest news articles and read them back")
public class ArticleResource {

    private final ArticleService service;
    private final FactlineConfig config;

    ArticleResource(ArticleService service, FactlineConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Operation(summary = "Ingest an article: 201 when new, 200 when the URL was known (unchanged or corrected)")
    public Response ingest(@NotNull @Valid ArticleRequest body, @Context UriInfo uri) {
        IngestResult result = UniqueRetry.run(() -> service.ingest(body));
        if (result.outcome() == IngestResult.Outcome.CREATED) {
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.article().id())).build())
                    .entity(result).build();
        }
        return Response.ok(result).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its text")
    public ArticleView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Operation(summary = "Articles, newest first, by outlet and by text in title or body")
    public Page<ArticleView> list(@QueryParam("outlet") @Size(max = 200) String outlet,
            @QueryParam("q") @Size(max = 300) String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.search(blankToNull(outlet), blankToNull(q), PageRequest.of(limit, cursor, config.paging()));
    }
}
