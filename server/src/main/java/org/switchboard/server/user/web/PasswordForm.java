package org.switchboard.server.user.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.user.UserAdministration;

/**
 * A new password set by an administrator.
 *
 * @param password at least {@value UserAdministration#MIN_PASSWORD_LENGTH} characters
 */
public record PasswordForm(
        @Size(min = UserAdministration.MIN_PASSWORD_LENGTH, message = "{user.error.password-short}")
        String password) {

    /** Replaces an absent password with an empty one. */
    public PasswordForm(@Nullable String password) {
        this.password = password == null ? "" : password;
    }

    /** {@return an empty form} */
    static PasswordForm empty() {
        return new PasswordForm("");
    }
}
