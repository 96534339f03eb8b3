package io.factline.access;

import io.factline.common.FactlineConfig;
import io.factline.common.Page;
import io.factline.common.PageRequest;
import io.factline.common.ProblemException;
import io.factline.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class TokenService {

    /** The name the configured bootstrap token acts under. */
    public static final String BOOTSTRAP_ADMIN = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final FactlineConfig config;

    TokenService(ApiTokenRepository tokens, FactlineConfig config) {
        this.tokens = tokens;
        this.config = config;
    }

    /*
     * authenticate and noTokenConfigured run in the request filter, before the resource's own
     * transaction. Each runs in a short transaction of its own (REQUIRED, not SUPPORTS): outside a
     * transaction the request-scoped session kept its connection until the request ended, so every
     * write held two pooled connections, and 16 concurrent writes on a pool of 16 waited for each
     * other until the acquisition timeout (all 500).
     */

    /** Who a bearer token belongs to, if it is the bootstrap token or an unrevoked issued one. */
    @Transactional
    public Optional<Principal> authenticate(String token) {
        Optional<String> bootstrap = config.access().adminToken().filter(t -> !t.isBlank());
        if (bootstrap.isPresent() && MessageDigest.isEqual(bootstrap.get().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Principal(BOOTSTRAP_ADMIN, Role.ADMIN));
        }
        return tokens.findActiveByHash(TokenHash.of(token)).map(t -> new Principal(t.name, t.role));
    }

    /** True while no token exists at all: then writes are taken from loopback only. */
    @Transactional
    public boolean noTokenConfigured() {
        return config.access().adminToken().filter(t -> !t.isBlank()).isEmpty() && !tokens.anyActive();
    }

    public TokenView.Issued issue(TokenRequest request) {
        if (tokens.count("name", request.name().strip()) > 0 || BOOTSTRAP_ADMIN.equals(request.name().strip())) {
            throw ProblemException.conflict("A token named '" + request.name().strip() + "' already exists");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "flt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken t = new ApiToken();
        t.name = request.name().strip();
        t.role = request.role();
        t.tokenHash = TokenHash.of(token);
        t.createdAt = Timestamps.now();
        tokens.persist(t);
        return new TokenView.Issued(t.id, t.name, t.role, t.createdAt, token);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TokenView> list(PageRequest page) {
        List<ApiToken> rows = tokens.page(page.positionAsId(), page.limit() + 1);
        return page.page(rows, t -> String.valueOf(t.id), list -> list.stream().map(TokenView::of).toList());
    }

    public void revoke(long id) {
        ApiToken t = tokens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Token", id));
        if (t.revokedAt == null) {
            t.revokedAt = Timestamps.now();
        }
    }

    /** An authenticated caller. */
    public record Principal(String name, Role role) {
    }
}
