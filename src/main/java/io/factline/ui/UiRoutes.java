package io.factline.ui;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the web UI's own pages ({@code /embed}, {@code /embed/{slug}}, {@code /ingest}) with its
 * index page, which then routes them in the browser.
 *
 * <p>Quinoa's SPA fallback cannot do this here: it runs after Quarkus REST, and REST answers an
 * unmatched path with a 404 itself as soon as an exception mapper covers {@code NotFoundException}
 * (the problem+json mappers do). This route runs first and only for these paths, so REST, its
 * problem responses and {@code /q/*} are untouched.
 */
@ApplicationScoped
class UiRoutes {

    /** Before Quarkus REST and Quinoa's own handlers. */
    private static final int ORDER = 900;

    void register(@Observes Router router) {
        router.getWithRegex("/(embed(/[^/]+)?|ingest)/?")
                .order(ORDER)
                .handler(ctx -> ctx.reroute("/"));
    }
}
