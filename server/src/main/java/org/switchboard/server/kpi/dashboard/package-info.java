/**
 * The figures of the operational dashboard: the period and filters, one pass over the stored facts into per-queue,
 * per-bucket and per-cell sums, the KPI tiles with their status against the queue targets, the time series, the
 * interval × day heat-maps and the agent table, cached until the next fact refresh or settings change.
 */
@NullMarked
package org.switchboard.server.kpi.dashboard;

import org.jspecify.annotations.NullMarked;
