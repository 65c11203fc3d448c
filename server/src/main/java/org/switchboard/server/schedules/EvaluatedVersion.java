package org.switchboard.server.schedules;

import java.util.List;
import java.util.Map;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;

/**
 * A schedule version with everything its page shows: the run, the shifts, the engine's evaluation of them against
 * the run's requirement and rules, and the agents' names and teams.
 *
 * @param run the run the version belongs to
 * @param version the version
 * @param shifts its shifts, by day, then agent
 * @param quality the engine's evaluation: coverage, service level, cost, preferences and broken rules
 * @param agentNames the display name of every agent of the problem, by id
 * @param agentTeams the team of every agent of the problem, by id
 */
public record EvaluatedVersion(
        ScheduleRun run,
        ScheduleVersion version,
        List<RosterShift> shifts,
        ScheduleQuality quality,
        Map<String, String> agentNames,
        Map<String, String> agentTeams) {

    /** Copies the collections. */
    public EvaluatedVersion {
        shifts = List.copyOf(shifts);
        agentNames = Map.copyOf(agentNames);
        agentTeams = Map.copyOf(agentTeams);
    }

    /** {@return the gap of the evaluated schedule to the version's lower bound} */
    public double gap() {
        return quality.gap(version.figures().lowerBound());
    }
}
