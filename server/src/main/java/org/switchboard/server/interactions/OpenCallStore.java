package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.interactions.queuelog.OpenCall;
import org.switchboard.engine.interactions.queuelog.QueueLogAssembler;
import org.switchboard.engine.interactions.queuelog.QueueLogEnd;

/**
 * The Asterisk {@code queue_log} calls each completed load left open (tables {@code queue_log_end} and
 * {@code queue_log_open_call}), so that the next import of the same source continues them: a call that enters the
 * queue at the end of {@code queue_log.1} and ends in {@code queue_log} becomes one contact, whether the two files are
 * imported by one command or a day apart.
 *
 * <p>Which load an import continues: the one of the same source whose newest line is latest among those that started
 * before the new input's first line and ended at most the reordering window after it (lines of two files written a
 * few seconds out of order still chain). So files imported oldest first continue each other; a file imported again
 * (or a file that grew since) continues the load before it, exactly as the first time, and its contacts get the same
 * natural keys (already present); a file imported late continues the load before it too. What a late file cannot
 * repair: the contacts of the files after it that needed its open calls were rejected ("no ENTERQUEUE") when those
 * files were imported, so import them again after it.
 *
 * <p>A load's open calls are saved in the transaction that marks the load completed ({@link Importer}), after its
 * last batch: a refused, failed or killed load saves none, and importing its file again reads it as the first time.
 * The open calls of an earlier load over exactly the same lines (the same file imported again) are replaced.
 */
@Repository
class OpenCallStore {

    /** How long after its arrival a call may stay open unless {@code switchboard.import.queue-log.give-up-after}. */
    static final String DEFAULT_GIVE_UP_AFTER = "PT24H";

    private static final Duration REORDER_WINDOW = QueueLogAssembler.Settings.standard().reorderWindow();

    private final JdbcClient jdbc;
    private final Duration giveUpAfter;

    OpenCallStore(
            JdbcClient jdbc,
            @Value("${switchboard.import.queue-log.give-up-after:" + DEFAULT_GIVE_UP_AFTER + "}") Duration giveUpAfter) {
        requireArgument(
                giveUpAfter.isPositive(), "switchboard.import.queue-log.give-up-after must be positive: %s", giveUpAfter);
        this.jdbc = jdbc;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * {@return what one queue_log import of this source continues and leaves open}
     *
     * @param source the data source
     */
    QueueLogCarry carry(String source) {
        return new QueueLogCarry(this, source, giveUpAfter);
    }

    /**
     * {@return the calls open before a queue_log input of this source that starts at this line, by arrival}
     *
     * @param source the data source
     * @param firstLine the time of the input's first line
     */
    List<OpenCall> openBefore(String source, Instant firstLine) {
        var load = jdbc.sql("""
                        SELECT load_id FROM queue_log_end
                        WHERE source = :source AND first_line_at < :first AND last_line_at <= :reach
                        ORDER BY last_line_at DESC, load_id DESC
                        FETCH FIRST 1 ROWS ONLY""")
                .param("source", source)
                .param("first", timestamp(firstLine))
                .param("reach", timestamp(firstLine.plus(REORDER_WINDOW)))
                .query(Long.class)
                .optional();
        if (load.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT call_id, queue, arrived_at, answered_at, agent_id, caller_id, did, file_name, line
                        FROM queue_log_open_call WHERE load_id = :load ORDER BY arrived_at, call_id, queue""")
                .param("load", load.get())
                .query((rs, row) -> openCall(rs))
                .list();
    }

    /**
     * Records where a completed load stopped and the calls it left open, replacing those of an earlier load of the
     * source over exactly the same lines. Runs in the caller's transaction: the one that completes the load.
     *
     * @param source the data source
     * @param loadId the load
     * @param end where it stopped; its calls fit their columns ({@link QueueLogCarry} rejects the others)
     */
    void save(String source, long loadId, QueueLogEnd end) {
        var sameLines = """
                SELECT load_id FROM queue_log_end
                WHERE source = :source AND first_line_at = :first AND last_line_at = :last""";
        jdbc.sql("DELETE FROM queue_log_open_call WHERE load_id IN (" + sameLines + ")")
                .param("source", source)
                .param("first", timestamp(end.firstLine()))
                .param("last", timestamp(end.newestLine()))
                .update();
        jdbc.sql("DELETE FROM queue_log_end WHERE load_id IN (" + sameLines + ")")
                .param("source", source)
                .param("first", timestamp(end.firstLine()))
                .param("last", timestamp(end.newestLine()))
                .update();
        jdbc.sql("""
                        INSERT INTO queue_log_end (load_id, source, first_line_at, last_line_at)
                        VALUES (:load, :source, :first, :last)""")
                .param("load", loadId)
                .param("source", source)
                .param("first", timestamp(end.firstLine()))
                .param("last", timestamp(end.newestLine()))
                .update();
        for (var call : end.open()) {
            jdbc.sql("""
                            INSERT INTO queue_log_open_call (load_id, call_id, queue, arrived_at, answered_at,
                                                             agent_id, caller_id, did, file_name, line)
                            VALUES (:load, :call, :queue, :arrived, :answered, :agent, :caller, :did, :file, :line)""")
                    .param("load", loadId)
                    .param("call", call.callId())
                    .param("queue", call.queue())
                    .param("arrived", timestamp(call.arrival()))
                    .param("answered", call.answer().map(OpenCallStore::timestamp).orElse(null))
                    .param("agent", call.agent().orElse(null))
                    .param("caller", call.callerId().orElse(null))
                    .param("did", call.did().orElse(null))
                    .param("file", call.file())
                    .param("line", call.line())
                    .update();
        }
    }

    private static OpenCall openCall(ResultSet rs) throws SQLException {
        return new OpenCall(
                rs.getString("call_id"),
                rs.getString("queue"),
                rs.getObject("arrived_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("answered_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString("agent_id")),
                Optional.ofNullable(rs.getString("caller_id")),
                Optional.ofNullable(rs.getString("did")),
                rs.getString("file_name"),
                rs.getLong("line"));
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
