package org.switchboard.server.kpi.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.AgentState;

/**
 * One agent's day for the agent page: the state intervals from the agent-state events and the contacts the agent
 * took. These are the only reads of raw rows on the KPI pages, limited to one agent and one local day. A state lasts
 * until the agent's next event, at most {@value #MAX_OPEN_HOURS} hours (as in the facts), and is cut to the day; the
 * state the agent was in at midnight comes from the last event of the evening before.
 */
@Repository
public class AgentDays {

    /** The longest a state lasts without a further event. */
    static final int MAX_OPEN_HOURS = 12;

    private final JdbcClient jdbc;

    AgentDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return the agent's state intervals of a local day, in time order; LOGOUT ends a session and is not drawn} */
    public List<StateInterval> timeline(String agentId, LocalDate day, ZoneId zone) {
        var dayStart = day.atStartOfDay(zone).toInstant();
        var dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        var open = Duration.ofHours(MAX_OPEN_HOURS);
        var events = jdbc.sql("""
                SELECT occurred_at, state, reason FROM agent_state_event
                WHERE agent_id = :agent AND occurred_at >= :from AND occurred_at < :to
                ORDER BY occurred_at, id""")
                .param("agent", agentId)
                .param("from", dayStart.minus(open).atOffset(ZoneOffset.UTC))
                .param("to", dayEnd.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Event(instant(rs, "occurred_at"), AgentState.valueOf(rs.getString("state")),
                        Optional.ofNullable(rs.getString("reason"))))
                .list();
        var intervals = new ArrayList<StateInterval>();
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            if (event.state() == AgentState.LOGOUT) {
                continue;
            }
            var capped = event.at().plus(open);
            var end = i + 1 < events.size() && events.get(i + 1).at().isBefore(capped) ? events.get(i + 1).at() : capped;
            var from = event.at().isBefore(dayStart) ? dayStart : event.at();
            var to = end.isAfter(dayEnd) ? dayEnd : end;
            if (from.isBefore(to)) {
                intervals.add(new StateInterval(event.state(), event.reason(), from, to));
            }
        }
        return intervals;
    }

    /** {@return the contacts the agent took that arrived on a local day, by arrival} */
    public List<AgentContact> contacts(String agentId, LocalDate day, ZoneId zone) {
        return jdbc.sql("""
                SELECT source_id, queue, channel, customer_address, arrived_at, answered_at, ended_at, wrap_ended_at,
                       disposition, reason_code, sale, revenue
                FROM contact WHERE agent_id = :agent AND arrived_at >= :from AND arrived_at < :to
                ORDER BY arrived_at, id""")
                .param("agent", agentId)
                .param("from", day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC))
                .param("to", day.plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new AgentContact(
                        rs.getString("source_id"),
                        rs.getString("queue"),
                        rs.getString("channel"),
                        Optional.ofNullable(rs.getString("customer_address")),
                        instant(rs, "arrived_at"),
                        optionalInstant(rs, "answered_at"),
                        instant(rs, "ended_at"),
                        optionalInstant(rs, "wrap_ended_at"),
                        rs.getString("disposition"),
                        Optional.ofNullable(rs.getString("reason_code")),
                        Optional.ofNullable(rs.getBigDecimal("revenue"))))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        @Nullable OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    private record Event(Instant at, AgentState state, Optional<String> reason) {}

    /**
     * A time the agent spent in one state.
     *
     * @param state the state
     * @param reason the pause reason, for PAUSE
     * @param from the start, within the day
     * @param to the end, within the day
     */
    public record StateInterval(AgentState state, Optional<String> reason, Instant from, Instant to) {}

    /**
     * A contact the agent took.
     *
     * @param sourceId the id in the source
     * @param queue the queue
     * @param channel the channel's name
     * @param customer the customer's number or address as stored (personal data: masked for most roles)
     * @param arrivedAt arrival
     * @param answeredAt answer
     * @param endedAt end of talk
     * @param wrapEndedAt end of after-contact work
     * @param disposition how it left the queue
     * @param reasonCode the contact reason
     * @param revenue the sale's value, if any
     */
    public record AgentContact(
            String sourceId,
            String queue,
            String channel,
            Optional<String> customer,
            Instant arrivedAt,
            Optional<Instant> answeredAt,
            Instant endedAt,
            Optional<Instant> wrapEndedAt,
            String disposition,
            Optional<String> reasonCode,
            Optional<BigDecimal> revenue) {}
}
