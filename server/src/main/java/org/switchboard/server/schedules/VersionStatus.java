package org.switchboard.server.schedules;

/** Whether a schedule version is still a draft or has been published to the agents. */
public enum VersionStatus {
    /** Produced by the solver or a manual edit; only planners see it. */
    DRAFT,
    /** Published: exported to the agents and measured by adherence. */
    PUBLISHED
}
