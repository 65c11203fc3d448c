package org.switchboard.server.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;

/**
 * What an administrator enters to issue an API token.
 *
 * @param name what the token is for, e.g. the sending system; 1–{@value ApiTokens#MAX_NAME_LENGTH} characters
 * @param scopes what the token may do, at least one scope
 */
public record ApiTokenForm(
        @NotBlank(message = "{api-token.error.name}")
        @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "{api-token.error.name}")
        String name,
        @NotEmpty(message = "{tokscope.error.scopes}")
        Set<ApiTokenScope> scopes) {

    /** Replaces an absent name with an empty one and trims it; absent scopes are none. */
    public ApiTokenForm(@Nullable String name, @Nullable Set<ApiTokenScope> scopes) {
        this.name = name == null ? "" : name.strip();
        this.scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** {@return an empty form: no name and no scope, so that the administrator picks what the token may do} */
    static ApiTokenForm empty() {
        return new ApiTokenForm("", Set.of());
    }
}
