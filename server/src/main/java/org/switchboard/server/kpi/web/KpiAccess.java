package org.switchboard.server.kpi.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.switchboard.server.user.Role;

/**
 * What the signed-in user may do and see on the KPI pages beyond opening them (every role of the KPI section may):
 * edit queue settings (ADMIN, MANAGER), see agent names (ADMIN, MANAGER, SUPERVISOR, QA; the others see the agent id)
 * and see customer numbers and addresses (ADMIN, SUPERVISOR; the others see them masked).
 *
 * @param roles the user's roles
 */
record KpiAccess(Set<Role> roles) {

    private static final Set<Role> EDIT_SETTINGS = EnumSet.of(Role.ADMIN, Role.MANAGER);
    private static final Set<Role> AGENT_NAMES = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.SUPERVISOR, Role.QA);
    private static final Set<Role> CUSTOMER_ADDRESSES = EnumSet.of(Role.ADMIN, Role.SUPERVISOR);

    KpiAccess {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** {@return the access of the signed-in user} */
    static KpiAccess current() {
        var roles = EnumSet.noneOf(Role.class);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                for (var role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        }
        return new KpiAccess(roles);
    }

    /** {@return whether the user may change queue settings} */
    public boolean mayEditQueueSettings() {
        return holdsAny(EDIT_SETTINGS);
    }

    /** {@return whether the user sees agents' names, not only their ids} */
    public boolean seesAgentNames() {
        return holdsAny(AGENT_NAMES);
    }

    /** {@return whether the user sees customers' phone numbers and addresses unmasked} */
    public boolean seesCustomerAddresses() {
        return holdsAny(CUSTOMER_ADDRESSES);
    }

    /**
     * Refuses a user who may not change queue settings.
     *
     * @throws AccessDeniedException (a 403 answer) if the user may not
     */
    void requireQueueSettingsEditor() {
        if (!mayEditQueueSettings()) {
            throw new AccessDeniedException("changing queue settings needs the role ADMIN or MANAGER");
        }
    }

    private boolean holdsAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
