package org.switchboard.server.kpi.dashboard;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents and teams of the {@code agent} table, for the filters and the agent table. An agent id known to several
 * sources is listed once, with the first name and team by source.
 */
@Repository
public class AgentDirectory {

    private final JdbcClient jdbc;

    AgentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return every agent, by id} */
    public List<AgentEntry> agents() {
        var rows = jdbc.sql("SELECT agent_id, display_name, team FROM agent ORDER BY agent_id, source")
                .query((rs, row) -> new AgentEntry(
                        rs.getString("agent_id"), rs.getString("display_name"),
                        Optional.ofNullable(rs.getString("team"))))
                .list();
        var unique = new java.util.ArrayList<AgentEntry>();
        for (var entry : rows) {
            if (unique.isEmpty() || !unique.getLast().id().equals(entry.id())) {
                unique.add(entry);
            }
        }
        return List.copyOf(unique);
    }

    /** {@return one agent} */
    public Optional<AgentEntry> agent(String agentId) {
        return agents().stream().filter(agent -> agent.id().equals(agentId)).findFirst();
    }

    /** {@return every team, sorted} */
    public List<String> teams() {
        return jdbc.sql("SELECT DISTINCT team FROM agent WHERE team IS NOT NULL ORDER BY team")
                .query(String.class)
                .list();
    }

    /**
     * An agent.
     *
     * @param id the agent id
     * @param name the display name (personal data: shown only to roles that need it)
     * @param team the team, if known
     */
    public record AgentEntry(String id, String name, Optional<String> team) {}
}
