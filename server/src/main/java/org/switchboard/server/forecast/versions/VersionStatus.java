package org.switchboard.server.forecast.versions;

/** Where a forecast version stands. */
public enum VersionStatus {
    /** Made and open to manual adjustment; not yet the plan. */
    DRAFT,
    /** The plan: fixed, with who published it and when. */
    PUBLISHED
}
