package org.switchboard.server.interactions;

import static org.switchboard.server.user.Role.ADMIN;
import static org.switchboard.server.user.Role.MANAGER;
import static org.switchboard.server.user.Role.PLANNER;
import static org.switchboard.server.user.Role.SUPERVISOR;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.switchboard.server.user.Role;

/**
 * Who may do what with interaction data, beyond opening the section (which {@code shell.Section} decides): the
 * security rules and the pages read these sets, so that a button is shown exactly when its request is allowed.
 */
public final class InteractionRoles {

    /** Upload files, fix, re-submit and discard quarantined lines, edit mapping profiles. */
    public static final Set<Role> EDITORS = Set.of(ADMIN, MANAGER, PLANNER, SUPERVISOR);

    /**
     * See rejected lines as they were read. For the other roles, customer phone numbers and e-mail addresses in them
     * are masked: the lines come from contact records, which hold personal data.
     */
    public static final Set<Role> RAW_TEXT_READERS = Set.of(ADMIN, SUPERVISOR);

    private InteractionRoles() {}

    /** {@return the Switchboard roles a signed-in user (or an API token, which has none) holds} */
    public static Set<Role> rolesOf(Authentication user) {
        var authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@return whether a user with these roles may change interaction data} */
    public static boolean canEdit(Collection<Role> roles) {
        return roles.stream().anyMatch(EDITORS::contains);
    }

    /** {@return whether a user with these roles sees rejected lines unmasked} */
    public static boolean seesRawText(Collection<Role> roles) {
        return roles.stream().anyMatch(RAW_TEXT_READERS::contains);
    }
}
