package org.switchboard.server.kpi.facts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.Rollups;
import org.switchboard.engine.interactions.facts.WaitHistogram;

/**
 * Writes and reads the stored facts. A refresh replaces the facts of a range of whole UTC days: it deletes the range's
 * rows (15-minute facts and per-agent day facts) and inserts the new ones in batches, inside the caller's transaction.
 * Readers stream rows into a consumer, so no read holds more than one row's objects besides what the consumer keeps.
 *
 * <p>Pauses by reason are stored as {@code reason=millis} pairs joined by {@code ;}, each reason URL-encoded (UTF-8)
 * so that any reason a source names survives.
 */
@Repository
public class FactStore {

    /** The agent id of agent facts with all agents rolled up. */
    public static final String ALL_AGENTS = "*";

    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 2_000;

    /** The longest span of slots one fact read asks for (see {@code forEachReadSpan}). */
    private static final Duration READ_SPAN = Duration.ofDays(1);

    /** The longest span of days one read of day facts asks for: about as many rows as a day of 15-minute facts. */
    private static final Duration DAY_ROWS_READ_SPAN = Duration.ofDays(16);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FactStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Deletes the facts of the slots and UTC days in [{@code from}, {@code to}) from every fact table.
     *
     * @param from the first day's start (included), 00:00 UTC
     * @param to the end (excluded), 00:00 UTC
     * @throws IllegalArgumentException if {@code from} or {@code to} is not 00:00 UTC (the day facts of a partial
     *     day would be lost)
     */
    void deleteFacts(Instant from, Instant to) {
        delete(List.of(FactTable.values()), from, to);
    }

    private void delete(List<FactTable> tables, Instant from, Instant to) {
        if (!UtcDays.isBoundary(from) || !UtcDays.isBoundary(to)) {
            throw new IllegalArgumentException("facts are deleted by whole UTC days: " + from + " to " + to);
        }
        for (var table : tables) {
            var start = table.period().startColumn();
            jdbc.sql("DELETE FROM " + table.table() + " WHERE " + start + " >= :from AND " + start + " < :to")
                    .param("from", timestamp(from))
                    .param("to", timestamp(to))
                    .update();
        }
    }

    /**
     * Inserts contact facts into one table; their slots must hold no rows yet ({@link #deleteFacts}).
     *
     * @param table per agent or rolled up
     * @param facts the facts; for the rolled-up table with agent {@code ""}
     */
    void insertContactFacts(FactTable table, Collection<ContactFact> facts) {
        insert(table.insert(), new ArrayList<>(facts), (ps, fact) -> {
            var key = fact.key();
            setInstant(ps, 1, key.slotStart());
            ps.setString(2, key.queue());
            ps.setString(3, key.channel().name());
            ps.setString(4, key.direction().name());
            int next = 5;
            if (table.perAgent()) {
                ps.setString(next++, key.agentId());
            }
            ps.setLong(next++, fact.offered());
            ps.setLong(next++, fact.answered());
            ps.setLong(next++, fact.abandoned());
            ps.setLong(next++, fact.overflowed());
            ps.setLong(next++, fact.transferred());
            ps.setString(next++, fact.answeredWaits().encode());
            ps.setString(next++, fact.abandonedWaits().encode());
            ps.setString(next++, fact.overflowedWaits().encode());
            ps.setLong(next++, fact.talkMillis());
            ps.setLong(next++, fact.wrapMillis());
            ps.setLong(next++, fact.wrapRecorded());
            ps.setLong(next++, fact.firstContactBase());
            ps.setLong(next++, fact.repeated());
            ps.setLong(next++, fact.saleEligible());
            ps.setLong(next++, fact.sales());
            ps.setBigDecimal(next, fact.revenue());
        });
    }

    /**
     * Inserts agent facts into one table; their slots must hold no rows yet ({@link #deleteFacts}).
     *
     * @param table per agent or all agents (whose facts carry agent {@value #ALL_AGENTS})
     * @param facts the facts
     */
    void insertAgentFacts(FactTable table, Collection<AgentFact> facts) {
        insert(table.insert(), new ArrayList<>(facts), (ps, fact) -> {
            setInstant(ps, 1, fact.key().slotStart());
            int next = 2;
            if (table.perAgent()) {
                ps.setString(next++, fact.key().agentId());
            }
            ps.setLong(next++, fact.loggedInMillis());
            ps.setLong(next++, fact.readyMillis());
            ps.setLong(next++, fact.onContactMillis());
            ps.setLong(next++, fact.wrapUpMillis());
            ps.setLong(next++, fact.pausedMillis());
            ps.setString(next, encodeReasons(fact));
        });
    }

    /**
     * Inserts the day facts of per-agent 15-minute contact facts: the facts of each agent (contacts no agent took left
     * out) merged to their UTC day with the engine's {@link Rollups}. The facts must be every per-agent fact of whole
     * UTC days whose day facts were deleted ({@link #deleteFacts}, {@link #deleteDayFacts}).
     *
     * @param slotFacts the 15-minute facts of whole UTC days
     */
    void insertContactDayFacts(Collection<ContactFact> slotFacts) {
        var agentFacts = slotFacts.stream().filter(fact -> !fact.key().agentId().equals(FactKey.NO_AGENT)).toList();
        insertContactFacts(FactTable.CONTACTS_BY_DAY,
                Rollups.contacts(agentFacts, key -> key.withSlotStart(UtcDays.startOf(key.slotStart()))));
    }

    /**
     * Inserts the day facts of per-agent 15-minute time facts: each agent's facts merged to their UTC day with the
     * engine's {@link Rollups}. The facts must be every per-agent fact of whole UTC days whose day facts were deleted.
     *
     * @param slotFacts the 15-minute facts of whole UTC days
     */
    void insertTimeDayFacts(Collection<AgentFact> slotFacts) {
        insertAgentFacts(FactTable.TIME_BY_DAY,
                Rollups.agents(slotFacts, key -> new AgentFactKey(UtcDays.startOf(key.slotStart()), key.agentId())));
    }

    /**
     * Deletes the day facts of the UTC days in [{@code from}, {@code to}), leaving the 15-minute facts.
     *
     * @param from the first day's start (included), 00:00 UTC
     * @param to the end (excluded), 00:00 UTC
     */
    void deleteDayFacts(Instant from, Instant to) {
        delete(List.of(FactTable.CONTACTS_BY_DAY, FactTable.TIME_BY_DAY), from, to);
    }

    /**
     * {@return the first and the last slot holding per-agent facts (contacts or time), empty when there are none}
     */
    Optional<FactSpan> perAgentSpan() {
        return jdbc.sql("""
                SELECT MIN(first_slot) AS first_slot, MAX(last_slot) AS last_slot FROM (
                    SELECT MIN(slot_start) AS first_slot, MAX(slot_start) AS last_slot FROM contact_fact
                    UNION ALL SELECT MIN(slot_start), MAX(slot_start) FROM agent_fact) spans""")
                .query((rs, row) -> span(rs))
                .single();
    }

    /**
     * Streams the contact facts a query matches, in no particular order.
     *
     * @param query the slots, queue, channel and agents
     * @param sink receives each fact
     */
    public void readContactFacts(FactQuery query, Consumer<ContactFact> sink) {
        readContactFacts(query.table(), query, query.from(), query.to(), sink);
    }

    /**
     * Streams the per-agent contact facts a query matches, contacts no agent took left out, from as few rows as the
     * stored facts allow: each whole UTC day inside the query's range as one fact per queue, channel, direction and
     * agent ({@code agent_contact_day_fact}; its slot start is the day's start), the partial days at the range's edges
     * as 15-minute facts ({@code contact_fact}). The facts of an agent merge to the same sums and histograms as those
     * {@link #readContactFacts} gives for the same query (a day fact is the merge of its slots' facts, and merges do
     * not depend on grouping or order: engine {@code Rollups}); a long range reads about a 96th of the rows.
     *
     * @param query the range, queue, channel and agents (read per agent whatever its {@code perAgent})
     * @param sink receives each fact
     */
    public void readAgentContactFactsByDay(FactQuery query, Consumer<ContactFact> sink) {
        Consumer<ContactFact> agentsOnly = fact -> {
            if (!fact.key().agentId().equals(FactKey.NO_AGENT)) {
                sink.accept(fact);
            }
        };
        UtcDays.split(query.from(), query.to(),
                (from, to) -> readContactFacts(FactTable.CONTACTS, query, from, to, agentsOnly),
                (from, to) -> readContactFacts(FactTable.CONTACTS_BY_DAY, query, from, to, agentsOnly));
    }

    private void readContactFacts(
            FactTable table, FactQuery query, Instant from, Instant to, Consumer<ContactFact> sink) {
        var start = table.period().startColumn();
        var sql = new StringBuilder("SELECT " + table.selectList() + " FROM " + table.table()
                + " WHERE " + start + " >= :from AND " + start + " < :to");
        var params = new TreeMap<String, Object>();
        query.queue().ifPresent(queue -> {
            sql.append(" AND queue = :queue");
            params.put("queue", queue);
        });
        query.channel().ifPresent(channel -> {
            sql.append(" AND channel = :channel");
            params.put("channel", channel.name());
        });
        if (query.agents().isPresent()) {
            if (query.agents().get().isEmpty()) {
                return;
            }
            sql.append(" AND agent_id IN (:agents)");
            params.put("agents", List.copyOf(query.agents().get()));
        }
        forEachReadSpan(table, from, to, (spanFrom, spanTo) -> {
            params.put("from", timestamp(spanFrom));
            params.put("to", timestamp(spanTo));
            jdbc.sql(sql.toString()).params(params).withFetchSize(FETCH_SIZE)
                    .query((RowCallbackHandler) rs -> sink.accept(contactFact(rs)));
        });
    }

    /**
     * Splits [{@code from}, {@code to}) into consecutive spans of at most {@link #READ_SPAN} (a table of 15-minute
     * facts) or {@link #DAY_ROWS_READ_SPAN} (a table of day facts), in order. A read of a long period is made span by
     * span because H2 materialises a large result in full, spilling it to its file; a day's 15-minute facts stay in
     * memory (on 8 weeks of a 512-agent centre this cut the agent table's first request to about 40 % of its CPU
     * time; docs/performance.md). The spans partition the period, so the facts read are the same.
     */
    private static void forEachReadSpan(FactTable table, Instant from, Instant to, BiConsumer<Instant, Instant> read) {
        var span = table.period() == FactTable.Period.SLOT ? READ_SPAN : DAY_ROWS_READ_SPAN;
        for (var start = from; start.isBefore(to); start = start.plus(span)) {
            var end = start.plus(span);
            read.accept(start, end.isBefore(to) ? end : to);
        }
    }

    /** {@return the first and the last slot holding contact facts, empty when there are none} */
    public Optional<FactSpan> span() {
        return jdbc.sql("SELECT MIN(slot_start) AS first_slot, MAX(slot_start) AS last_slot FROM queue_fact")
                .query((rs, row) -> span(rs))
                .single();
    }

    private static Optional<FactSpan> span(ResultSet rs) throws SQLException {
        var first = rs.getObject("first_slot", OffsetDateTime.class);
        var last = rs.getObject("last_slot", OffsetDateTime.class);
        return first == null || last == null
                ? Optional.empty()
                : Optional.of(new FactSpan(first.toInstant(), last.toInstant()));
    }

    /**
     * The slots holding facts.
     *
     * @param first the first slot's start
     * @param last the last slot's start
     */
    public record FactSpan(Instant first, Instant last) {}

    /** {@return every queue the facts know, in name order, with its channel (the first by name if it has several)} */
    public Map<String, Channel> knownQueues() {
        var queues = new TreeMap<String, Channel>();
        jdbc.sql("SELECT DISTINCT queue, channel FROM queue_fact ORDER BY queue, channel")
                .query((RowCallbackHandler) rs -> queues.putIfAbsent(
                        rs.getString("queue"), Channel.valueOf(rs.getString("channel"))));
        return queues;
    }

    /**
     * Streams the agent facts of the slots in [{@code from}, {@code to}): of the given agents, or with all agents
     * rolled up (agent {@value #ALL_AGENTS}) when none are given.
     *
     * @param from the first slot's start (included)
     * @param to the end (excluded)
     * @param agents only these agents; empty for the roll-up of all
     * @param sink receives each fact
     */
    public void readAgentFacts(Instant from, Instant to, Optional<Set<String>> agents, Consumer<AgentFact> sink) {
        if (agents.isPresent() && agents.get().isEmpty()) {
            return;
        }
        readAgentFacts(agents.isPresent() ? FactTable.TIME : FactTable.TIME_ROLLED_UP, from, to, agents, sink);
    }

    /**
     * Streams the per-agent time facts of [{@code from}, {@code to}), of the given agents or of every agent, from as
     * few rows as the stored facts allow: each whole UTC day inside the range as one fact per agent
     * ({@code agent_day_fact}; its slot start is the day's start), the partial days at the edges as 15-minute facts
     * ({@code agent_fact}). An agent's facts merge to the same sums as its 15-minute facts of the range (see
     * {@link #readAgentContactFactsByDay}). Every agent is read without naming the agents: with 512 agents an
     * {@code IN} list tested against every row was about a quarter of the agent table's first request on H2
     * (docs/performance.md).
     *
     * @param from the start (included), on a 15-minute boundary
     * @param to the end (excluded), on a 15-minute boundary
     * @param agents only these agents; empty for every agent (each with its own facts)
     * @param sink receives each fact
     */
    public void readAgentTimeByDay(Instant from, Instant to, Optional<Set<String>> agents, Consumer<AgentFact> sink) {
        if (agents.isPresent() && agents.get().isEmpty()) {
            return;
        }
        UtcDays.split(from, to,
                (partFrom, partTo) -> readAgentFacts(FactTable.TIME, partFrom, partTo, agents, sink),
                (daysFrom, daysTo) -> readAgentFacts(FactTable.TIME_BY_DAY, daysFrom, daysTo, agents, sink));
    }

    /**
     * Streams the time facts of one table in [{@code from}, {@code to}), of the given agents or of every row.
     *
     * @param table the table
     * @param from the start (included)
     * @param to the end (excluded)
     * @param agents only these agents; empty for every row
     * @param sink receives each fact
     */
    void readAgentFacts(
            FactTable table, Instant from, Instant to, Optional<Set<String>> agents, Consumer<AgentFact> sink) {
        var start = table.period().startColumn();
        var sql = "SELECT " + table.selectList() + " FROM " + table.table()
                + " WHERE " + start + " >= :from AND " + start + " < :to"
                + (agents.isPresent() ? " AND agent_id IN (:agents)" : "");
        var agentList = agents.map(List::copyOf);
        forEachReadSpan(table, from, to, (spanFrom, spanTo) -> {
            var statement = jdbc.sql(sql)
                    .param("from", timestamp(spanFrom))
                    .param("to", timestamp(spanTo))
                    .withFetchSize(FETCH_SIZE);
            if (agentList.isPresent()) {
                statement = statement.param("agents", agentList.get());
            }
            statement.query((RowCallbackHandler) rs -> sink.accept(agentFact(rs)));
        });
    }

    private static ContactFact contactFact(ResultSet rs) throws SQLException {
        var key = new FactKey(
                instant(rs, "slot_start"),
                rs.getString("queue"),
                Channel.valueOf(rs.getString("channel")),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("agent_id"));
        return new ContactFact(
                key,
                rs.getLong("offered"),
                rs.getLong("answered"),
                rs.getLong("abandoned"),
                rs.getLong("overflowed"),
                rs.getLong("transferred"),
                WaitHistogram.decode(rs.getString("answered_waits")),
                WaitHistogram.decode(rs.getString("abandoned_waits")),
                WaitHistogram.decode(rs.getString("overflowed_waits")),
                rs.getLong("talk_millis"),
                rs.getLong("wrap_millis"),
                rs.getLong("wrap_recorded"),
                rs.getLong("first_contact_base"),
                rs.getLong("repeated"),
                rs.getLong("sale_eligible"),
                rs.getLong("sales"),
                rs.getBigDecimal("revenue"));
    }

    private static AgentFact agentFact(ResultSet rs) throws SQLException {
        return new AgentFact(
                new AgentFactKey(instant(rs, "slot_start"), rs.getString("agent_id")),
                rs.getLong("logged_in_millis"),
                rs.getLong("ready_millis"),
                rs.getLong("on_contact_millis"),
                rs.getLong("wrap_up_millis"),
                rs.getLong("paused_millis"),
                decodeReasons(rs.getString("paused_by_reason")));
    }

    /** {@return the pauses by reason as {@code reason=millis;…}, reasons URL-encoded} */
    static String encodeReasons(AgentFact fact) {
        return fact.pausedByReasonMillis().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** {@return the pauses by reason read from {@link #encodeReasons}'s text} */
    static TreeMap<String, Long> decodeReasons(String text) {
        var reasons = new TreeMap<String, Long>();
        if (text.isEmpty()) {
            return reasons;
        }
        for (var pair : text.split(";")) {
            int equals = pair.lastIndexOf('=');
            reasons.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    Long.parseLong(pair.substring(equals + 1)));
        }
        return reasons;
    }

    private <T> void insert(String sql, List<T> rows, RowBinder<T> binder) {
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            var chunk = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), binder::bind);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, timestamp(value), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** Binds one row's values to the statement. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }
}
