package org.switchboard.server.schedules;

import static org.switchboard.server.user.Role.ADMIN;
import static org.switchboard.server.user.Role.MANAGER;
import static org.switchboard.server.user.Role.PLANNER;

import java.util.Collection;
import java.util.Set;
import org.switchboard.server.user.Role;

/**
 * Who may do what with schedules, beyond opening the section (which {@code shell.Section} decides: ADMIN, MANAGER,
 * PLANNER and SUPERVISOR): the security rules and the pages read this set, so that a button is shown exactly when its
 * request is allowed. SUPERVISOR reads schedules, exports and adherence but does not plan: a supervisor manages the
 * day's floor against the published schedule, and planning is the workforce planners' job (wfm.md, the WFM chain).
 */
public final class ScheduleRoles {

    /** Start and stop solver runs, edit versions and publish them. */
    public static final Set<Role> PLANNERS = Set.of(ADMIN, MANAGER, PLANNER);

    private ScheduleRoles() {}

    /** {@return whether a user with these roles may plan, edit and publish schedules} */
    public static boolean canPlan(Collection<Role> roles) {
        return roles.stream().anyMatch(PLANNERS::contains);
    }
}
