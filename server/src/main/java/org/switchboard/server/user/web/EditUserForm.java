package org.switchboard.server.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAccount;
import org.switchboard.server.user.UserAdministration;

/**
 * What an administrator may change on an existing user; the user name stays as it is.
 *
 * @param displayName name shown in the interface
 * @param enabled whether the user may sign in (an unticked box arrives as absent, meaning {@code false})
 * @param roles roles held, at least one
 */
public record EditUserForm(
        @NotBlank(message = "{user.error.display-name}")
        @Size(max = UserAdministration.MAX_DISPLAY_NAME_LENGTH, message = "{user.error.display-name}")
        String displayName,
        boolean enabled,
        @NotEmpty(message = "{user.error.no-role}")
        Set<Role> roles) {

    /** Replaces absent fields with empty values. */
    public EditUserForm(@Nullable String displayName, boolean enabled, @Nullable Set<Role> roles) {
        this.displayName = displayName == null ? "" : displayName;
        this.enabled = enabled;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** {@return the form filled with the account's current values} */
    static EditUserForm of(UserAccount account) {
        return new EditUserForm(account.displayName(), account.enabled(), account.roles());
    }
}
