package org.switchboard.server.kpi.dashboard;

import java.util.List;
import java.util.Optional;
import org.switchboard.server.kpi.facts.FactStore.FactSpan;

/**
 * What the dashboard's filters offer.
 *
 * @param queues every queue the facts know, by name
 * @param teams every team, sorted
 * @param agents every agent, by id
 * @param span the first and last slot holding facts, empty when there are none
 */
public record FilterOptions(
        List<String> queues, List<String> teams, List<AgentDirectory.AgentEntry> agents, Optional<FactSpan> span) {

    /** Copies the lists. */
    public FilterOptions {
        queues = List.copyOf(queues);
        teams = List.copyOf(teams);
        agents = List.copyOf(agents);
    }
}
