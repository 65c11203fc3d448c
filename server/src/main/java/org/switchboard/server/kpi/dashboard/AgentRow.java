package org.switchboard.server.kpi.dashboard;

import java.util.Optional;
import org.switchboard.engine.kpi.ProductivityKpis;
import org.switchboard.engine.kpi.QualityKpis;
import org.switchboard.engine.kpi.RevenueKpis;

/**
 * One agent's line of the drill-down table.
 *
 * @param agentId the agent id
 * @param name the agent's name, if the agent table knows it (personal data: pages mask it for roles without the need)
 * @param team the agent's team, if known
 * @param productivity handled, AHT and its parts, occupancy, contacts per productive hour (§2)
 * @param quality FCR, repeat-contact and transfer rates (§3)
 * @param revenue sales, conversion and revenue (§5)
 */
public record AgentRow(
        String agentId,
        Optional<String> name,
        Optional<String> team,
        ProductivityKpis productivity,
        QualityKpis quality,
        RevenueKpis revenue) {}
