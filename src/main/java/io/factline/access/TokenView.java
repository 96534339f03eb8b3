package io.factline.access;

import java.time.Instant;

/** A token as listed: never the token itself. */
public record TokenView(Long id, String name, Role role, Instant createdAt, Instant revokedAt) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.id, t.name, t.role, t.createdAt, t.revokedAt);
    }

    /** The answer to issuing a token: the only time the token is shown. */
    public record Issued(Long id, String name, Role role, Instant createdAt, String token) {
    }
}
