/**
 * Bulk staffing requirements: a forecast file (interval, contacts, AHT, optionally queue) is read whole, refused
 * with every problem listed if anything in it is wrong, or else turned into a requirement per interval with the
 * engine's {@code StaffingSolver} and stored as a requirement set (one transaction, audited). Each set has a page
 * with a chart and a table, and an .xlsx export. Every upload makes a new set; nothing is replaced.
 */
@NullMarked
package org.switchboard.server.staffing.bulk;

import org.jspecify.annotations.NullMarked;
