/**
 * The schedules REST API ({@code /api/v1/schedules}): schedule versions with their shifts, breaks and quality figures,
 * solver runs started, followed and stopped, publishing, and the .xlsx and iCalendar downloads. Reads are open to the
 * section's roles, writes to {@link org.switchboard.server.schedules.ScheduleRoles#PLANNERS}; an API token issued by an
 * administrator reads with the scope {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN} and writes with
 * {@code SCHEDULES_PLAN} (see {@code security.SecurityConfiguration}).
 */
@NullMarked
package org.switchboard.server.schedules.api;

import org.jspecify.annotations.NullMarked;
