package org.switchboard.server.kpi.dashboard;

import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.server.kpi.queues.QueueSetting;

/**
 * One queue's accessibility against its targets: a line of the dashboard's queue table.
 *
 * @param setting the queue's settings (T, short-abandon threshold, variant, targets)
 * @param figures the queue's accessibility in the period
 * @param serviceLevel SL by the queue's variant, judged against its target
 * @param asa ASA, judged against its target
 * @param abandonRate abandonment rate, judged against its target
 */
public record QueueTarget(
        QueueSetting setting, AccessibilityKpis figures, KpiTile serviceLevel, KpiTile asa, KpiTile abandonRate) {}
