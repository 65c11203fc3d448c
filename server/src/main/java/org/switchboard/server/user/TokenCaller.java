package org.switchboard.server.user;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The caller a valid API token stands for.
 *
 * @param actor the name its requests act under (audit log, data loads): {@code api-token:NAME}
 * @param scopes what the token may do
 */
public record TokenCaller(String actor, Set<ApiTokenScope> scopes) {

    /** Validates the fields and keeps the scopes in their declared order. */
    public TokenCaller {
        Objects.requireNonNull(actor, "actor");
        scopes = ApiToken.ordered(scopes);
    }

    /** {@return the Spring Security authorities of the token's requests: its scopes' and no other} */
    public List<String> authorities() {
        return scopes.stream().map(ApiTokenScope::authority).toList();
    }
}
