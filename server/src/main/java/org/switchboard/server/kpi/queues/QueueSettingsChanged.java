package org.switchboard.server.kpi.queues;

/**
 * The KPI settings of a queue were changed; figures computed with the old ones are stale.
 *
 * @param queue the queue
 */
public record QueueSettingsChanged(String queue) {}
