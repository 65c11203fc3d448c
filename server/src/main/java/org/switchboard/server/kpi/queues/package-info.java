/**
 * KPI settings per queue: service-level threshold T, short-abandon threshold, service-level variant and the targets
 * of service level, ASA and abandonment rate; the page that shows and edits them (ADMIN and MANAGER edit, every other
 * role of the section reads), every change written to the audit log.
 */
@NullMarked
package org.switchboard.server.kpi.queues;

import org.jspecify.annotations.NullMarked;
