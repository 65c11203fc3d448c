package org.switchboard.server.user;

import java.util.Objects;

/**
 * A token just issued, with its secret: the only moment the secret exists outside the caller that holds it.
 *
 * @param token the stored token
 * @param secret the bearer token to give to the sending system; shown once, never stored
 */
public record IssuedApiToken(ApiToken token, String secret) {

    /** Validates the fields. */
    public IssuedApiToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    /** Hides the secret from logs and debuggers. */
    @Override
    public String toString() {
        return "IssuedApiToken[token=" + token + ", secret=(hidden)]";
    }
}
