package io.factline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses requests over the size limits before any resource runs, with the same problem+json body
 * as every other client error: a request line (path and query) longer than
 * {@code factline.limits.uri-length} (414), headers larger than {@code factline.limits.header-size}
 * (431), a body declared larger than {@code quarkus.http.limits.max-body-size} (413).
 *
 * <p>The HTTP decoder's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are set well above these, so that a request this handler refuses still
 * reaches it; Vert.x answers the decoder's refusals with an empty body and Quarkus offers no hook
 * to change that, so the decoder's limits only stop requests far beyond anything a client means.
 * A path or query that holds an encoded NUL character ({@code %00}) is refused too (400).
 * A chunked body (no Content-Length) that runs over the body limit is cut off by Quarkus REST
 * while it is read, with a bare 413 as well.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request", 413, "Content Too Large", 414, "URI Too Long", 431, "Request Header Fields Too Large");

    private final long bodyLimit;
    private final int uriLimit;
    private final long headerLimit;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            FactlineConfig config) {
        this.bodyLimit = maxBodySize.asLongValue();
        this.uriLimit = config.limits().uriLength();
        this.headerLimit = config.limits().headerSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > uriLimit) {
            refuse(ctx, 414, "The request path and query are " + ctx.request().uri().length()
                    + " characters long; the limit is " + uriLimit + " (factline.limits.uri-length)");
            return;
        }
        if (ctx.request().uri().contains("%00")) {
            // PostgreSQL cannot store or compare text holding U+0000 (StrictJson refuses it in bodies)
            refuse(ctx, 400, "The request path or query holds a NUL character (%00)");
            return;
        }
        long headers = headerSize(ctx.request().headers());
        if (headers > headerLimit) {
            refuse(ctx, 431, "The request headers take " + headers + " bytes; the limit is " + headerLimit
                    + " (factline.limits.header-size)");
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && declaredSize(length) > bodyLimit) {
            refuse(ctx, 413, bodyDetail());
            return;
        }
        ctx.next();
    }

    private String bodyDetail() {
        return "The request body is larger than the limit of " + bodyLimit
                + " bytes (quarkus.http.limits.max-body-size)";
    }

    private static void refuse(RoutingContext ctx, int status, String detail) {
        Problem problem = Problem.of(status, TITLES.get(status), detail);
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem));
    }

    /** Header bytes as they travel: name, ": ", value and the line break of each. */
    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long declaredSize(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
