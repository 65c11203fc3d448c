package org.switchboard.server.interactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.demo.Agent;
import org.switchboard.engine.demo.AgentStateEvent;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.SurveyAnswer;

/**
 * Writes interaction data in batches and answers what is held. Callers wrap a whole load in one transaction, so a
 * load killed half-way leaves nothing behind; the natural keys ({@code source} + id in the source) refuse duplicates.
 *
 * <p>The customer key is stored hashed: {@code customer_hash} = hex SHA-256 of the address with everything but digits,
 * letters, '@' and '.' removed, lower-cased. The raw address is kept in {@code customer_address} for the roles that
 * may see it; pages mask it for the others.
 */
@Repository
public class InteractionStore {

    private static final int BATCH_SIZE = 1_000;
    private static final String NO_CONTACT = "";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final LoadLedger ledger;

    InteractionStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock, LoadLedger ledger) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * Records the start of a load.
     *
     * @param source where the data comes from, e.g. {@code demo}
     * @param description what is loaded
     * @param actor who loads it
     * @return the id of the load, to pass to the insert methods
     */
    public long startLoad(String source, String description, String actor) {
        return ledger.start(source, description, actor);
    }

    /** Marks a load completed with the counts it stored. */
    public void completeLoad(long loadId, int contacts, int agentEvents, int surveyAnswers) {
        jdbc.sql("""
                UPDATE data_load SET status = 'COMPLETED', finished_at = :now, contacts = :contacts,
                       agent_events = :events, survey_answers = :answers
                WHERE id = :id""")
                .param("now", Timestamp.from(clock.instant()))
                .param("contacts", contacts)
                .param("events", agentEvents)
                .param("answers", surveyAnswers)
                .param("id", loadId)
                .update();
    }

    /** {@return the completed load of this source and description, if one exists} */
    public Optional<DataLoad> completedLoad(String source, String description) {
        return ledger.completedLoad(source, description);
    }

    /** Stores agents of a source; an agent already stored keeps its row. */
    public void insertAgents(String source, List<Agent> agents) {
        var known = new TreeSet<>(jdbc.sql("SELECT agent_id FROM agent WHERE source = :source")
                .param("source", source)
                .query(String.class)
                .list());
        var fresh = agents.stream().filter(agent -> !known.contains(agent.id())).toList();
        insert("INSERT INTO agent (source, agent_id, display_name, team, skills) VALUES (?, ?, ?, ?, ?)",
                fresh, (ps, agent) -> {
                    set(ps, 1, source);
                    set(ps, 2, agent.id());
                    set(ps, 3, agent.name());
                    set(ps, 4, agent.teamId());
                    set(ps, 5, String.join(",", new TreeSet<>(agent.skills())));
                });
    }

    /** Stores contacts of one load. */
    public void insertContacts(String source, long loadId, List<Contact> contacts) {
        insert("""
                INSERT INTO contact (source, source_id, channel, queue, direction, customer_hash, customer_address,
                                     arrived_at, answered_at, ended_at, wrap_ended_at, agent_id, disposition,
                                     reason_code, transferred, resolved, sale, revenue, load_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                contacts, (ps, contact) -> {
                    set(ps, 1, source);
                    set(ps, 2, contact.id());
                    set(ps, 3, contact.channel().name());
                    set(ps, 4, contact.queue());
                    set(ps, 5, contact.direction().name());
                    set(ps, 6, customerHash(contact.customerPhone()));
                    set(ps, 7, contact.customerPhone());
                    set(ps, 8, contact.arrivedAt());
                    set(ps, 9, contact.answeredAt());
                    set(ps, 10, contact.endedAt());
                    set(ps, 11, contact.wrapUpEndedAt());
                    set(ps, 12, contact.agentId());
                    set(ps, 13, contact.disposition().name());
                    set(ps, 14, contact.reason().name());
                    setBoolean(ps, 15, contact.isTransferred());
                    setBoolean(ps, 16, contact.resolved());
                    setBoolean(ps, 17, contact.hasSale());
                    ps.setObject(18, contact.revenueEur().orElse(null), Types.DECIMAL);
                    ps.setLong(19, loadId);
                });
    }

    /** Stores agent-state events of one load. */
    public void insertAgentEvents(String source, long loadId, List<AgentStateEvent> events) {
        insert("""
                INSERT INTO agent_state_event (source, agent_id, occurred_at, state, reason, contact_source_id, load_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                events, (ps, event) -> {
                    set(ps, 1, source);
                    set(ps, 2, event.agentId());
                    set(ps, 3, event.at());
                    set(ps, 4, event.state().name());
                    set(ps, 5, event.pauseReason().map(Enum::name));
                    set(ps, 6, event.contactId().orElse(NO_CONTACT));
                    ps.setLong(7, loadId);
                });
    }

    /** Stores survey answers of one load. */
    public void insertSurveyAnswers(String source, long loadId, List<SurveyAnswer> answers) {
        insert("""
                INSERT INTO survey_answer (source, response_id, metric, contact_source_id, answered_at, scale_min,
                                           scale_max, answer, load_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                answers, (ps, answer) -> {
                    set(ps, 1, source);
                    set(ps, 2, answer.responseId());
                    set(ps, 3, answer.metric().name());
                    set(ps, 4, answer.contactId());
                    set(ps, 5, answer.answeredAt());
                    ps.setInt(6, answer.scaleMin());
                    ps.setInt(7, answer.scaleMax());
                    ps.setInt(8, answer.value());
                    ps.setLong(9, loadId);
                });
    }

    /** {@return what interaction data is held} */
    public DataInventory inventory() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM contact) AS contacts,
                       (SELECT COUNT(*) FROM agent_state_event) AS agent_events,
                       (SELECT COUNT(*) FROM survey_answer) AS survey_answers,
                       (SELECT COUNT(*) FROM agent) AS agents,
                       (SELECT MIN(arrived_at) FROM contact) AS first_arrival,
                       (SELECT MAX(arrived_at) FROM contact) AS last_arrival""")
                .query((rs, row) -> new DataInventory(
                        rs.getLong("contacts"),
                        rs.getLong("agent_events"),
                        rs.getLong("survey_answers"),
                        rs.getLong("agents"),
                        Optional.ofNullable(rs.getObject("first_arrival", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getObject("last_arrival", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .single();
    }

    /**
     * {@return the customer key: hex SHA-256 of the address reduced to lower-case letters, digits, '@' and '.'}
     *
     * @param address a phone number or e-mail address as the source wrote it
     */
    static String customerHash(String address) {
        var normalised = new StringBuilder(address.length());
        address.toLowerCase(Locale.ROOT).chars()
                .filter(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '@' || c == '.')
                .forEach(c -> normalised.append((char) c));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalised.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private <T> void insert(String sql, List<T> rows, RowBinder<T> binder) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), binder::bind);
        }
    }

    private static void set(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
    }

    private static void set(PreparedStatement ps, int index, Optional<?> value) throws SQLException {
        switch (value.orElse(null)) {
            // Types.NULL: PostgreSQL infers the column type; VARCHAR would be refused for timestamp columns
            case null -> ps.setNull(index, Types.NULL);
            case Instant instant -> set(ps, index, instant);
            case Object other -> ps.setString(index, other.toString());
        }
    }

    private static void set(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value.atOffset(java.time.ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        ps.setBoolean(index, value);
    }

    private static Instant instant(OffsetDateTime value) {
        return value.toInstant();
    }

    /** Binds one row's values to the statement. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }
}
