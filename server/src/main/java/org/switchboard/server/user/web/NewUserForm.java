package org.switchboard.server.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAdministration;

/**
 * What an administrator enters to create a user. Missing fields arrive as empty values; the constraints repeat the
 * rules of {@link UserAdministration#create} so that each error is shown next to its field.
 *
 * @param username login name
 * @param displayName name shown in the interface
 * @param password first password, at least {@value UserAdministration#MIN_PASSWORD_LENGTH} characters
 * @param roles roles to grant, at least one
 */
public record NewUserForm(
        @Pattern(regexp = UserAdministration.USERNAME_PATTERN, message = "{user.error.username-format}")
        String username,
        @NotBlank(message = "{user.error.display-name}")
        @Size(max = UserAdministration.MAX_DISPLAY_NAME_LENGTH, message = "{user.error.display-name}")
        String displayName,
        @Size(min = UserAdministration.MIN_PASSWORD_LENGTH, message = "{user.error.password-short}")
        String password,
        @NotEmpty(message = "{user.error.no-role}")
        Set<Role> roles) {

    /** Replaces absent fields with empty values and trims the user name. */
    public NewUserForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String password,
            @Nullable Set<Role> roles) {
        this.username = username == null ? "" : username.strip();
        this.displayName = displayName == null ? "" : displayName;
        this.password = password == null ? "" : password;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** {@return an empty form} */
    static NewUserForm empty() {
        return new NewUserForm("", "", "", Set.of());
    }
}
