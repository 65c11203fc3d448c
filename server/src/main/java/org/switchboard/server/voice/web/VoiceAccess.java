package org.switchboard.server.voice.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.switchboard.server.user.Role;
import org.switchboard.server.voice.VoiceRoles;

/**
 * What the signed-in user may see and do on the customer-voice pages beyond opening them.
 *
 * @param roles the user's roles
 */
record VoiceAccess(Set<Role> roles) {

    /** {@return the access of an authenticated user} */
    static VoiceAccess of(Authentication user) {
        var granted = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> granted.contains(role.authority())).forEach(roles::add);
        return new VoiceAccess(roles);
    }

    /** {@return whether the user sees comment text} */
    boolean readsComments() {
        return VoiceRoles.readsComments(roles);
    }

    /** {@return whether the user imports responses} */
    boolean imports() {
        return roles.stream().anyMatch(VoiceRoles.EDITORS::contains);
    }
}
