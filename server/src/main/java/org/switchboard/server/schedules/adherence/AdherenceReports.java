package org.switchboard.server.schedules.adherence;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.switchboard.server.interactions.AgentStates;
import org.switchboard.server.schedules.RosterShift;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleVersion;

/**
 * Adherence of a published schedule version: its shifts against the stored agent-state events of its period (read
 * through the interaction module's {@link AgentStates}), per agent and day and per team and day, by
 * {@link ScheduleAdherence}'s definitions.
 */
@Service
public class AdherenceReports {

    private final SchedulePlanning planning;
    private final AgentStates agentStates;
    private final ZoneId zone;

    AdherenceReports(SchedulePlanning planning, AgentStates agentStates, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.agentStates = agentStates;
        this.zone = zone;
    }

    /**
     * The adherence of a version.
     *
     * @param version the version, usually a published one
     * @param agents the figures per agent and day, by day, then agent
     * @param teams the figures per team and day, by day, then team
     * @param agentNames the agents' names, by id
     * @param shifts the version's shifts, by day, then agent
     */
    public record Report(
            ScheduleVersion version,
            List<AgentDayAdherence> agents,
            List<TeamDayAdherence> teams,
            Map<String, String> agentNames,
            List<RosterShift> shifts) {}

    /**
     * Measures a version against the events.
     *
     * @throws NoSuchElementException if there is no such version
     */
    public Report of(long versionId) {
        var evaluated = planning.evaluate(versionId);
        var run = evaluated.run();
        var from = run.periodStart().atStartOfDay(zone).toInstant().minus(Duration.ofHours(ScheduleAdherence.MAX_OPEN_HOURS));
        var to = run.periodEnd().atStartOfDay(zone).toInstant();
        var agents = ScheduleAdherence.measure(evaluated.shifts(), agentStates.events(from, to),
                evaluated.agentTeams(), zone);
        return new Report(evaluated.version(), agents, ScheduleAdherence.byTeam(agents), evaluated.agentNames(),
                evaluated.shifts());
    }
}
