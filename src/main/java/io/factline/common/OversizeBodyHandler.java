package io.factline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} are refused before any resource runs; this
 * gives that refusal the same problem+json body as every other client error.
 */
@ApplicationScoped
public class OversizeBodyHandler {

    private final long limit;

    OversizeBodyHandler(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.limit = maxBodySize.asLongValue();
    }

    /**
     * Checks the declared Content-Length before the body is read. A chunked body that runs over
     * the limit is still cut off by the HTTP layer, with a bare 413.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && declaredSize(length) > limit) {
                Problem problem = Problem.of(413, "Content Too Large", "The request body is larger than the limit of "
                        + limit + " bytes (quarkus.http.limits.max-body-size)");
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }

    private static long declaredSize(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
