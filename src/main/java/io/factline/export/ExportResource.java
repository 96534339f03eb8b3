package io.factline.export;

import io.factline.event.TimelineParams;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Exports", description = "Timelines as TimelineJS, CSV, iCalendar or schema.org JSON-LD files")
public class ExportResource {

    private static final String FORMATS = "timelinejs, csv, ics or jsonld";

    private final ExportService exports;

    ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/timelines/{slug}/export")
    @Operation(summary = "Every event of a saved timeline as a file")
    public Response named(@PathParam("slug") String slug,
            @Parameter(description = FORMATS) @QueryParam("format") String format) {
        return respond(exports.named(slug, ExportFormat.of(format)));
    }

    @GET
    @Path("/timeline/export")
    @Operation(summary = "Every event matching the timeline filters as a file")
    public Response adHoc(@Valid @BeanParam TimelineParams params,
            @Parameter(description = FORMATS) @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.of(format);
        return respond(exports.adHoc(params.toFilter(), f));
    }

    private static Response respond(ExportService.Rendered rendered) {
        return Response.ok(rendered.body(), rendered.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + rendered.fileName() + "\"")
                .build();
    }
}
