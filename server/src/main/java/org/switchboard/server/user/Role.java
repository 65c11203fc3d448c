package org.switchboard.server.user;

/** The roles of Switchboard users; a user holds one or more. */
public enum Role {
    /** Users, roles, data sources, retention, personal-data protection; sees everything. */
    ADMIN,
    /** Contact-centre manager or director: KPIs, assessment, problems and improvement plan. */
    MANAGER,
    /** WFM planner: forecasts, staffing requirements, schedules, forecast accuracy. */
    PLANNER,
    /** Supervisor or team lead: wallboard, intraday, agent states, adherence, QA results of the team. */
    SUPERVISOR,
    /** QA specialist: evaluation forms, evaluations, calibration, sampling plans. */
    QA,
    /** CX analyst: satisfaction metrics, benchmarks, drivers, journeys. */
    ANALYST,
    /** Read-only viewer of dashboards and reports, without personal data. */
    VIEWER;

    /** {@return the Spring Security authority of this role, {@code ROLE_<name>}} */
    public String authority() {
        return "ROLE_" + name();
    }
}
