/**
 * The schedules REST API ({@code /api/v1/schedules}): schedule versions with their shifts, breaks and quality figures,
 * solver runs started, followed and stopped, publishing, and the .xlsx and iCalendar downloads. Reads are open to the
 * section's roles, writes to {@link org.switchboard.server.schedules.ScheduleRoles#PLANNERS}, and an API token issued
 * by an administrator acts as a planner here (see {@code security.SecurityConfiguration}).
 */
@NullMarked
package org.switchboard.server.schedules.api;

import org.jspecify.annotations.NullMarked;
