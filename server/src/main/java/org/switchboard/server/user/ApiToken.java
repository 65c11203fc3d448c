package org.switchboard.server.user;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API token as the administration lists it. The token itself is never stored, only its SHA-256.
 *
 * @param id database id
 * @param name what the token is for, e.g. the sending system; unique
 * @param scopes what the token may do; its requests hold these scopes' authorities and nothing else
 * @param createdBy the administrator who issued it
 * @param createdAt when it was issued
 * @param lastUsedAt when it last authenticated a request, absent if never
 * @param revokedAt when it was revoked, absent while it is valid
 * @param revokedBy who revoked it, absent while it is valid
 */
public record ApiToken(
        long id,
        String name,
        Set<ApiTokenScope> scopes,
        String createdBy,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt,
        Optional<String> revokedBy) {

    /** Validates the mandatory fields and keeps the scopes in their declared order. */
    public ApiToken {
        Objects.requireNonNull(name, "name");
        scopes = ordered(scopes);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@return whether the token was revoked and no longer authenticates anything} */
    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** {@return the scopes' names in their declared order, comma-separated: {@code INGEST, SCHEDULES_READ}} */
    public String scopeNames() {
        return names(scopes);
    }

    /** {@return an unmodifiable copy of the scopes that iterates in their declared order} */
    static Set<ApiTokenScope> ordered(Collection<ApiTokenScope> scopes) {
        var copy = EnumSet.noneOf(ApiTokenScope.class);
        copy.addAll(scopes);
        return Collections.unmodifiableSet(copy);
    }

    /** {@return the names of the scopes, comma-separated, in their declared order} */
    static String names(Collection<ApiTokenScope> scopes) {
        return ordered(scopes).stream().map(ApiTokenScope::name).collect(Collectors.joining(", "));
    }
}
