package io.factline.article;

import static io.factline.common.Params.blankToNull;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
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
        IngestResult result = ingestRetryingOnRace(body);
        if (result.outcome() == IngestResult.Outcome.CREATED) {
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.article().id())).build())
                    .entity(result).build();
        }
        return Response.ok(result).build();
    }

    /**
     * Two ingests running at once may both create the same new entity or URL; the unique index
     * refuses the second at commit. The loser is run again, in a new transaction, and then finds
     * what the winner stored.
     */
    private IngestResult ingestRetryingOnRace(ArticleRequest body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return service.ingest(body);
            } catch (RuntimeException e) {
                if (attempt >= 3 || !uniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
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
