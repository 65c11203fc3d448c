package org.switchboard.server.user;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user of Switchboard, without the password hash.
 *
 * @param id database id
 * @param username login name, unique
 * @param displayName name shown in the interface
 * @param enabled whether the user may sign in
 * @param language preferred interface language tag ({@code en}, {@code ru}, {@code zh-CN}), if chosen
 * @param roles roles held, at least one
 */
public record UserAccount(
        long id, String username, String displayName, boolean enabled, @Nullable String language, Set<Role> roles) {

    /** Copies the roles and validates the mandatory fields. */
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }
}
