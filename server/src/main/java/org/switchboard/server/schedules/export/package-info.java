/**
 * Exports of a schedule version: one iCalendar file (RFC 5545) per agent. The .xlsx workbook is the module's public
 * {@link org.switchboard.server.schedules.ScheduleWorkbook}, shared with the command line.
 */
@NullMarked
package org.switchboard.server.schedules.export;

import org.jspecify.annotations.NullMarked;
