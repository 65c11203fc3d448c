/**
 * Exports of a schedule version: the .xlsx workbook (one row per agent, one column per day, a sheet per day with its
 * intervals) and one iCalendar file (RFC 5545) per agent.
 */
@NullMarked
package org.switchboard.server.schedules.export;

import org.jspecify.annotations.NullMarked;
