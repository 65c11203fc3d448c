package org.switchboard.engine.demo.internal;

import java.util.List;
import org.switchboard.engine.demo.Agent;
import org.switchboard.engine.demo.ScheduledShift;
import org.switchboard.engine.demo.Team;

/**
 * The people of a demo centre and their plan: what {@link RosterPlanner} produces and the simulation works from.
 *
 * @param teams the teams, in spec order
 * @param agents the agents, by index
 * @param shifts the planned shifts, by day then agent
 * @param items the simulation's view of the shifts: actual login, pause and logout times
 * @param agentQueues for each agent index, the indices of the queues it serves (spec order)
 * @param agentRating for each agent index, how much better (positive) or worse than average its customers rate it, on
 *     the latent scale of the survey model
 */
record Roster(
        List<Team> teams,
        List<Agent> agents,
        List<ScheduledShift> shifts,
        ScheduleItems items,
        int[][] agentQueues,
        double[] agentRating) {}
