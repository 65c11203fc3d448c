/**
 * Operational KPIs from interaction data (metrics.md §1 accessibility, §2 productivity, §3 FCR and transfers, §5
 * revenue): the 15-minute interval facts built from the stored contacts and agent-state events after every import,
 * the per-queue KPI settings (service-level threshold and variant, short-abandon threshold, targets), the operational
 * dashboard with its exports, and the agent page. Pages and exports read facts, never contacts. The export writers
 * ({@link org.switchboard.server.kpi.ExportWriters}, .xlsx and CSV with formula injection neutralised) are shared
 * with other modules' exports.
 */
@NullMarked
package org.switchboard.server.kpi;

import org.jspecify.annotations.NullMarked;
