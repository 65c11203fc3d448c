package org.switchboard.server.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.user.ApiTokens;

/**
 * What an administrator enters to issue an API token.
 *
 * @param name what the token is for, e.g. the sending system; 1–{@value ApiTokens#MAX_NAME_LENGTH} characters
 */
public record ApiTokenForm(
        @NotBlank(message = "{api-token.error.name}")
        @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "{api-token.error.name}")
        String name) {

    /** Replaces an absent name with an empty one and trims it. */
    public ApiTokenForm(@Nullable String name) {
        this.name = name == null ? "" : name.strip();
    }

    /** {@return an empty form} */
    static ApiTokenForm empty() {
        return new ApiTokenForm("");
    }
}
