package org.switchboard.server.kpi.dashboard;

import java.util.Optional;
import org.switchboard.engine.core.Channel;

/**
 * The period and filters of a dashboard request: the figures of one queue or all, one channel or all, and one team,
 * one agent or every contact.
 *
 * @param choice the period as chosen (today, last week, custom…)
 * @param period the days it covers in the centre's zone
 * @param queue only this queue, if present
 * @param channel only this channel, if present
 * @param team only the contacts and time of this team's agents, if present
 * @param agent only the contacts and time of this agent, if present (within the team when both are given)
 */
public record DashboardFilter(
        PeriodChoice choice,
        ReportPeriod period,
        Optional<String> queue,
        Optional<Channel> channel,
        Optional<String> team,
        Optional<String> agent) {

    /** {@return whether the figures are those of some agents only (a team or an agent is chosen)} */
    public boolean byAgents() {
        return team.isPresent() || agent.isPresent();
    }
}
