package org.switchboard.server.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/**
 * The stored agents and their agent-state events, read by other modules: scheduling takes the agents to plan and
 * compares a published schedule with the events (adherence).
 */
@Repository
public class AgentStates {

    private final JdbcClient jdbc;

    AgentStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return the stored agents of every source, by id} */
    public List<StoredAgent> agents() {
        return jdbc.sql("SELECT agent_id, display_name, team, skills FROM agent ORDER BY agent_id, source")
                .query((rs, row) -> new StoredAgent(
                        rs.getString("agent_id"),
                        rs.getString("display_name"),
                        Optional.ofNullable(rs.getString("team")),
                        Arrays.stream(rs.getString("skills").split(","))
                                .map(String::strip)
                                .filter(skill -> !skill.isEmpty())
                                .toList()))
                .list();
    }

    /**
     * {@return the agent-state events in [{@code from}, {@code to}), by time (ties in storage order)}
     *
     * @param from the first instant included
     * @param to the first instant excluded
     */
    public List<AgentEvent> events(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT agent_id, occurred_at, state, reason, contact_source_id FROM agent_state_event
                WHERE occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at, id""")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> event(rs))
                .list();
    }

    private static AgentEvent event(ResultSet rs) throws SQLException {
        var state = AgentState.valueOf(rs.getString("state"));
        var contact = rs.getString("contact_source_id");
        return new AgentEvent(
                rs.getString("agent_id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                state,
                Optional.ofNullable(rs.getString("reason")),
                state.concernsContact() && !contact.isEmpty() ? Optional.of(contact) : Optional.empty());
    }

    /**
     * A stored agent.
     *
     * @param id the agent's id in its source
     * @param name the display name
     * @param team the team, if the source names one
     * @param skills the queues the agent serves
     */
    public record StoredAgent(String id, String name, Optional<String> team, List<String> skills) {

        /** Copies the skills. */
        public StoredAgent {
            skills = List.copyOf(skills);
        }
    }
}
