package org.switchboard.server.user;

/**
 * What an API token may do. An administrator picks one or more scopes when issuing a token; the token's requests hold
 * the authorities of its scopes and nothing else, so a token made for sending data cannot plan schedules.
 */
public enum ApiTokenScope {

    /** Send contacts, agent-state events and survey responses to the ingest API ({@code /api/v1/ingest/**}). */
    INGEST,

    /** Read the schedules API ({@code GET /api/v1/schedules/**}): runs, versions, downloads. */
    SCHEDULES_READ,

    /** Read the schedules API and change through it: start and stop planning runs, publish versions. */
    SCHEDULES_PLAN;

    /** {@return the Spring Security authority of a request made with a token of this scope, {@code SCOPE_<name>}} */
    public String authority() {
        return "SCOPE_" + name();
    }
}
