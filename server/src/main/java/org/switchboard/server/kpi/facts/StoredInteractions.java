package org.switchboard.server.kpi.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

/**
 * Reads the stored contacts and agent-state events back as the engine's {@link Interaction}s and {@link AgentEvent}s,
 * streamed in time order, for the fact builder. The customer key handed on is the stored hash, which identifies a
 * customer as well as the raw address does (repeat contacts only compare keys).
 */
@Repository
class StoredInteractions {

    private static final int FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;

    StoredInteractions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams the contacts that arrived in [{@code from}, {@code to}) in arrival order (ties by storage order). Must
     * run inside a transaction, so that PostgreSQL streams with a cursor instead of reading every row first.
     */
    void contacts(Instant from, Instant to, Consumer<Interaction> sink) {
        jdbc.sql("""
                SELECT source_id, channel, queue, direction, customer_hash, arrived_at, answered_at, ended_at,
                       wrap_ended_at, agent_id, disposition, reason_code, sale, revenue
                FROM contact WHERE arrived_at >= :from AND arrived_at < :to
                ORDER BY arrived_at, id""")
                .param("from", FactStore.timestamp(from))
                .param("to", FactStore.timestamp(to))
                .withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) rs -> sink.accept(interaction(rs)));
    }

    /** Streams the agent-state events in [{@code from}, {@code to}) in time order (ties by storage order). */
    void agentEvents(Instant from, Instant to, Consumer<AgentEvent> sink) {
        jdbc.sql("""
                SELECT agent_id, occurred_at, state, reason, contact_source_id
                FROM agent_state_event WHERE occurred_at >= :from AND occurred_at < :to
                ORDER BY occurred_at, id""")
                .param("from", FactStore.timestamp(from))
                .param("to", FactStore.timestamp(to))
                .withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) rs -> sink.accept(agentEvent(rs)));
    }

    private static Interaction interaction(ResultSet rs) throws SQLException {
        return new Interaction(
                rs.getString("source_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("queue"),
                Direction.valueOf(rs.getString("direction")),
                Optional.ofNullable(rs.getString("customer_hash")),
                FactStore.instant(rs, "arrived_at"),
                optionalInstant(rs, "answered_at"),
                FactStore.instant(rs, "ended_at"),
                optionalInstant(rs, "wrap_ended_at"),
                Optional.ofNullable(rs.getString("agent_id")),
                Disposition.valueOf(rs.getString("disposition")),
                Optional.ofNullable(rs.getString("reason_code")),
                optionalBoolean(rs, "sale"),
                Optional.ofNullable(rs.getBigDecimal("revenue")));
    }

    private static AgentEvent agentEvent(ResultSet rs) throws SQLException {
        var state = AgentState.valueOf(rs.getString("state"));
        var contact = rs.getString("contact_source_id");
        return new AgentEvent(
                rs.getString("agent_id"),
                FactStore.instant(rs, "occurred_at"),
                state,
                Optional.ofNullable(rs.getString("reason")),
                state.concernsContact() && !contact.isEmpty() ? Optional.of(contact) : Optional.empty());
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static Optional<Boolean> optionalBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
