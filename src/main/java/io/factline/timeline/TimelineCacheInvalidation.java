package io.factline.timeline;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request that may write (anything but GET, HEAD and OPTIONS; and POST /api/annotate,
 * which only reads) under /api empties this
 * instance's {@link TimelineCache} when it has been answered, so an editor sees their own change
 * on the next read. Writes on other instances are covered by the cache's short TTL.
 */
public class TimelineCacheInvalidation {

    private final TimelineCache cache;

    TimelineCacheInvalidation(TimelineCache cache) {
        this.cache = cache;
    }

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
                && request.getUriInfo().getPath().startsWith("/api/")
                && !request.getUriInfo().getPath().startsWith("/api/annotate")) {
            cache.invalidateAll();
        }
    }
}
