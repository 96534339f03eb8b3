package io.factline.access;

import io.factline.common.Problem;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who may do what. Reading is public unless {@code factline.access.read-requires-token}. Every
 * write needs a bearer token with role EDITOR (or ADMIN); {@code /api/tokens} needs ADMIN. While no
 * token exists at all, writes are accepted from loopback only, so a laptop install works out of
 * the box and nothing else can write. A missing or unknown token is 401, a token without the
 * needed role 403.
 */
public class AccessFilter {

    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** POSTs that compute an answer and store nothing. */
    private static final Set<String> READ_POSTS = Set.of("/api/annotate");

    private final TokenService tokens;
    private final Caller caller;
    private final io.factline.common.FactlineConfig config;

    private final ManagedExecutor executor;

    AccessFilter(TokenService tokens, Caller caller, io.factline.common.FactlineConfig config,
            ManagedExecutor executor) {
        this.tokens = tokens;
        this.caller = caller;
        this.config = config;
        this.executor = executor;
    }

    /**
     * Warns at start-up when writes are loopback-only. Asked on a worker thread: it is the
     * application's first query through Hibernate (the query parser's start-up), which the first
     * read need not wait for.
     */
    void announce(@Observes StartupEvent start) {
        executor.execute(() -> {
            if (tokens.noTokenConfigured()) {
                LOG.warn("No API token is configured: writes are accepted from loopback (127.0.0.1, ::1) only. "
                        + "Set FACTLINE_ACCESS_ADMIN_TOKEN and issue editor tokens via POST /api/tokens.");
            }
        });
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        String path = "/" + LEADING_SLASHES.matcher(request.getUriInfo().getPath()).replaceFirst("");
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean admin = path.startsWith("/api/tokens");
        boolean write = !READ_METHODS.contains(request.getMethod()) && !READ_POSTS.contains(path);
        String header = request.getHeaderString("Authorization");
        Optional<TokenService.Principal> principal = Optional.empty();
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
                return deny(401, "The Authorization header must be 'Bearer <token>'");
            }
            principal = tokens.authenticate(header.substring(7).strip());
            if (principal.isEmpty()) {
                return deny(401, "The bearer token is unknown or revoked");
            }
            caller.identify(principal.get().name());
        }
        if (admin) {
            return require(principal, Role.ADMIN);
        }
        if (write) {
            if (principal.isEmpty() && tokens.noTokenConfigured() && isLoopback(http)) {
                caller.identify(Caller.LOCAL);
                return Optional.empty();
            }
            return require(principal, Role.EDITOR);
        }
        if (config.access().readRequiresToken() && principal.isEmpty()) {
            return deny(401, "Reading this service needs a bearer token");
        }
        return Optional.empty();
    }

    private static Optional<Response> require(Optional<TokenService.Principal> principal, Role role) {
        if (principal.isEmpty()) {
            return deny(401, "This request needs a bearer token with role " + role);
        }
        if (!principal.get().role().allows(role)) {
            return deny(403, "Token '" + principal.get().name() + "' has role " + principal.get().role()
                    + "; this request needs " + role);
        }
        return Optional.empty();
    }

    private static Optional<Response> deny(int status, String detail) {
        Problem problem = Problem.of(status, status == 401 ? "Unauthorized" : "Forbidden", detail);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"factline\"");
        }
        return Optional.of(response.build());
    }

    private static boolean isLoopback(HttpServerRequest http) {
        if (http.remoteAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(http.remoteAddress().host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
