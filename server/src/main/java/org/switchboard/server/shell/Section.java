package org.switchboard.server.shell;

import static org.switchboard.server.user.Role.ADMIN;
import static org.switchboard.server.user.Role.ANALYST;
import static org.switchboard.server.user.Role.MANAGER;
import static org.switchboard.server.user.Role.PLANNER;
import static org.switchboard.server.user.Role.QA;
import static org.switchboard.server.user.Role.SUPERVISOR;
import static org.switchboard.server.user.Role.VIEWER;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.switchboard.server.user.Role;

/**
 * The capabilities of Switchboard as they appear in the navigation, each with its URL and the roles that may open
 * it. The security rules of every page and REST endpoint are derived from this table: a page lives under
 * {@link #path()} and its REST API under {@link #apiPath()}.
 */
public enum Section {
    /** Overview of the centre; the home page. */
    DASHBOARD("/dashboard", true, EnumSet.allOf(Role.class)),
    /** Contact records and agent-state events: imports and data sources. Holds personal data. */
    INTERACTIONS("/interactions", true, EnumSet.of(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
    /** KPI catalogue, targets, cards and the integrated assessment. */
    KPIS("/kpis", true, EnumSet.allOf(Role.class)),
    /** CSAT, CDSAT, NPS, CES, eNPS with confidence intervals, benchmarks and drivers. */
    CUSTOMER_VOICE("/customer-voice", true, EnumSet.of(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
    /** Evaluation forms, evaluations, calibration, sampling plans. */
    QUALITY("/quality", false, EnumSet.of(ADMIN, MANAGER, QA, SUPERVISOR)),
    /** Interval forecasts of volume and handle time, forecast accuracy. */
    FORECAST("/forecast", true, EnumSet.of(ADMIN, MANAGER, PLANNER, ANALYST)),
    /** Erlang B, C and A staffing requirements and capacity. */
    STAFFING("/staffing", true, EnumSet.of(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
    /** Shift schedules, breaks, days off and adherence; SUPERVISOR reads, the others also plan and publish. */
    SCHEDULES("/schedules", true, EnumSet.of(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
    /** Live wallboard per queue and team. */
    WALLBOARD("/wallboard", false, EnumSet.allOf(Role.class)),
    /** Customer-journey maps and the process registry. */
    JOURNEYS("/journeys", false, EnumSet.of(ADMIN, MANAGER, ANALYST, QA, VIEWER)),
    /** Problems, Kepner-Tregoe worksheets and the improvement plan. */
    IMPROVEMENT("/improvement", false, EnumSet.of(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR)),
    /** Complaints and call-backs as work items. */
    CASES("/cases", false, EnumSet.of(ADMIN, MANAGER, SUPERVISOR, QA)),
    /** Users, roles and the audit log. */
    ADMINISTRATION("/admin", true, EnumSet.of(ADMIN));

    private final String path;
    private final boolean built;
    private final Set<Role> roles;

    Section(String path, boolean built, Set<Role> roles) {
        this.path = path;
        this.built = built;
        this.roles = Set.copyOf(roles);
    }

    /** {@return the URL path of the section's pages, e.g. {@code /staffing}} */
    public String path() {
        return path;
    }

    /** {@return the URL path of the section's REST API, e.g. {@code /api/v1/staffing}} */
    public String apiPath() {
        return "/api/v1" + path;
    }

    /** {@return whether the section has its pages; the others show a plain "not built yet" page} */
    public boolean isBuilt() {
        return built;
    }

    /** {@return the roles that may open the section and call its API} */
    public Set<Role> roles() {
        return roles;
    }

    /** {@return whether a user with these roles may open the section} */
    public boolean isOpenTo(Collection<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** {@return the key prefix of the section's texts in the message bundles, e.g. {@code section.customer-voice}} */
    public String messageKey() {
        return "section." + slug();
    }

    /** {@return the URL slug of the section, e.g. {@code customer-voice}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds the section a URL path belongs to: its own path or anything below it ({@code /staffing/erlang-c}).
     *
     * @param requestPath the path of a request within the application, e.g. {@code /staffing}
     * @return the section, or empty for paths outside every section ({@code /login}, {@code /error})
     */
    public static Optional<Section> containing(String requestPath) {
        return Arrays.stream(values())
                .filter(s -> requestPath.equals(s.path) || requestPath.startsWith(s.path + "/"))
                .findFirst();
    }

    /** {@return the section with this slug, if any} */
    public static Optional<Section> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }
}
