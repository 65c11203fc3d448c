package org.switchboard.server.kpi.web;

import org.switchboard.server.kpi.dashboard.AgentRow;
import org.switchboard.server.kpi.dashboard.Metric;

/**
 * An agent's line of the agent table as the page shows it: the name only for roles that may see it, the agent id for
 * the others; every figure written out.
 *
 * @param agentId the agent id (also the link to the agent page)
 * @param label the name and id, or the id alone
 * @param team the team, or empty
 * @param handled contacts handled
 * @param aht average handle time
 * @param talk average talk time
 * @param wrap average after-contact work
 * @param occupancy occupancy
 * @param fcr first-contact resolution
 * @param transferRate transfer rate
 * @param sales contacts with a sale
 * @param row the figures behind the line
 */
record AgentRowView(
        String agentId,
        String label,
        String team,
        String handled,
        String aht,
        String talk,
        String wrap,
        String occupancy,
        String fcr,
        String transferRate,
        String sales,
        AgentRow row) {

    static AgentRowView of(AgentRow row, KpiAccess access, FigureFormat format) {
        var productivity = row.productivity();
        var label = access.seesAgentNames() && row.name().isPresent()
                ? row.name().get() + " (" + row.agentId() + ")"
                : row.agentId();
        return new AgentRowView(
                row.agentId(),
                label,
                row.team().orElse(""),
                format.format(productivity.handled(), Metric.Unit.COUNT),
                format.format(productivity.ahtSeconds(), Metric.Unit.SECONDS),
                format.format(productivity.averageTalkSeconds(), Metric.Unit.SECONDS),
                format.format(productivity.averageWrapSeconds(), Metric.Unit.SECONDS),
                format.format(productivity.occupancy(), Metric.Unit.SHARE),
                format.format(row.quality().fcr(), Metric.Unit.SHARE),
                format.format(row.quality().transferRate(), Metric.Unit.SHARE),
                format.format(row.revenue().sales(), Metric.Unit.COUNT),
                row);
    }
}
