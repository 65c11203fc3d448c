package org.switchboard.server.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as the administration lists it. The token itself is never stored, only its SHA-256.
 *
 * @param id database id
 * @param name what the token is for, e.g. the sending system; unique
 * @param createdBy the administrator who issued it
 * @param createdAt when it was issued
 * @param lastUsedAt when it last authenticated a request, absent if never
 * @param revokedAt when it was revoked, absent while it is valid
 * @param revokedBy who revoked it, absent while it is valid
 */
public record ApiToken(
        long id,
        String name,
        String createdBy,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt,
        Optional<String> revokedBy) {

    /** Validates the mandatory fields. */
    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@return whether the token was revoked and no longer authenticates anything} */
    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
