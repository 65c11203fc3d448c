package org.switchboard.server.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.InputProblem;

/**
 * The rows of {@code data_load} and {@code import_rejection}: a load's start, its counters after every committed
 * batch, its end, and the lines it rejected. Runs in the caller's transaction, or each statement on its own without
 * one.
 */
@Repository
class LoadLedger {

    /** A running load that has not committed a batch (or sent a heartbeat) for this long is shown interrupted. */
    static final Duration HEARTBEAT_TIMEOUT = Duration.ofMinutes(10);

    private static final String FIELD_LINE = "line";
    private static final int MAX_VALUE_LENGTH = 2000;
    private static final int MAX_REASON_LENGTH = 1000;
    private static final int MAX_RAW_LENGTH = 4000;
    private static final String SELECT_LOAD = """
            SELECT id, source, description, actor, started_at, finished_at, status, file_name, format,
                   reject_policy, heartbeat_at, batches_committed, records_read, records_added, records_present,
                   records_changed, records_rejected, first_arrival, last_arrival
            FROM data_load""";

    /**
     * A load's counters as a batch (or the end) leaves them.
     *
     * @param batchesCommitted batches committed
     * @param counts records read, added, present, changed and rejected
     * @param contactsWritten contacts added or changed
     * @param eventsWritten agent events added or changed
     * @param first earliest time written
     * @param last latest time written
     */
    record Counters(
            int batchesCommitted,
            LoadCounts counts,
            long contactsWritten,
            long eventsWritten,
            Optional<Instant> first,
            Optional<Instant> last) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    LoadLedger(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Records the start of a load that is no import (the demo's); {@return its id} */
    long start(String source, String description, String actor) {
        return insert(source, description, actor, null);
    }

    /** Records the start of an import; {@return its id} */
    long start(ImportRequest request) {
        var description = request.format().slug() + " " + request.fileName() + ", policy " + request.policy().slug()
                + ", zone " + request.zone().getId();
        return insert(request.source(), truncate(description, 500), request.actor(), request);
    }

    private long insert(String source, String description, String actor, @Nullable ImportRequest request) {
        var keys = new GeneratedKeyHolder();
        var now = now();
        jdbc.sql("""
                INSERT INTO data_load (source, description, actor, started_at, heartbeat_at, status, contacts,
                                       agent_events, survey_answers, file_name, format, source_zone, reject_policy)
                VALUES (:source, :description, :actor, :now, :now, 'RUNNING', 0, 0, 0, :file, :format, :zone,
                        :policy)""")
                .param("source", source)
                .param("description", description)
                .param("actor", actor)
                .param("now", now)
                .param("file", request == null ? null : request.fileName())
                .param("format", request == null ? null : request.format().name())
                .param("zone", request == null ? null : request.zone().getId())
                .param("policy", request == null ? null : request.policy().name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Stores the counters of a load that goes on. */
    void progressed(long loadId, Counters counters) {
        update(loadId, counters, null);
    }

    /** Ends a load with its final counters. */
    void finish(long loadId, LoadStatus status, Counters counters) {
        update(loadId, counters, status);
    }

    /** Marks the load alive without changing its counters. */
    void heartbeat(long loadId) {
        jdbc.sql("UPDATE data_load SET heartbeat_at = :now WHERE id = :id")
                .param("now", now())
                .param("id", loadId)
                .update();
    }

    /** Ends a load that is no import (the demo's). */
    void complete(long loadId) {
        jdbc.sql("""
                UPDATE data_load SET status = 'COMPLETED', finished_at = :now, heartbeat_at = :now
                WHERE id = :id""")
                .param("now", now())
                .param("id", loadId)
                .update();
    }

    private void update(long loadId, Counters counters, @Nullable LoadStatus status) {
        var counts = counters.counts();
        var ending = status == null ? "" : "status = :status, finished_at = :now, ";
        var statement = jdbc.sql("UPDATE data_load SET " + ending + """
                heartbeat_at = :now, batches_committed = :batches, contacts = :contacts, agent_events = :events,
                       records_read = :read, records_added = :added, records_present = :present,
                       records_changed = :changed, records_rejected = :rejected,
                       first_arrival = :first, last_arrival = :last
                WHERE id = :id""");
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        statement
                .param("now", now())
                .param("batches", counters.batchesCommitted())
                .param("contacts", (int) counters.contactsWritten())
                .param("events", (int) counters.eventsWritten())
                .param("read", counts.read())
                .param("added", counts.added())
                .param("present", counts.alreadyPresent())
                .param("changed", counts.changed())
                .param("rejected", counts.rejected())
                .param("first", counters.first().map(LoadLedger::timestamp).orElse(null))
                .param("last", counters.last().map(LoadLedger::timestamp).orElse(null))
                .param("id", loadId)
                .update();
    }

    /**
     * Keeps rejected lines of a load.
     *
     * @param status {@code QUARANTINED} or {@code REFUSED}
     */
    void reject(long loadId, List<InputProblem> problems, String status) {
        batch.batchUpdate(
                """
                INSERT INTO import_rejection (load_id, file_name, line, field, field_value, reason, raw_text, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                problems,
                problems.size(),
                (ps, problem) -> {
                    ps.setLong(1, loadId);
                    ps.setString(2, truncate(problem.file(), 500));
                    ps.setLong(3, problem.line());
                    ps.setString(4, truncate(problem.field(), 128));
                    ps.setString(5, truncate(problem.value(), MAX_VALUE_LENGTH));
                    ps.setString(6, truncate(problem.reason(), MAX_REASON_LENGTH));
                    // a problem with the line as a whole carries the line as its value
                    ps.setString(7, FIELD_LINE.equals(problem.field())
                            ? truncate(problem.value(), MAX_RAW_LENGTH) : null);
                    ps.setString(8, status);
                });
    }

    /** Hands every rejected line of a load to the action, by line. */
    void forEachRejection(long loadId, Consumer<ImportRejection> action) {
        batch.query(
                """
                SELECT id, load_id, file_name, line, field, field_value, reason, raw_text, status
                FROM import_rejection WHERE load_id = ? ORDER BY line, id""",
                (ResultSet rs) -> {
                    action.accept(new ImportRejection(
                            rs.getLong("id"),
                            rs.getLong("load_id"),
                            new InputProblem(
                                    rs.getString("file_name"),
                                    rs.getLong("line"),
                                    rs.getString("field"),
                                    rs.getString("field_value"),
                                    rs.getString("reason")),
                            Optional.ofNullable(rs.getString("raw_text")),
                            rs.getString("status")));
                },
                loadId);
    }

    /** {@return the load, if it exists} */
    Optional<DataLoad> load(long loadId) {
        return jdbc.sql(SELECT_LOAD + " WHERE id = :id")
                .param("id", loadId)
                .query((rs, row) -> dataLoad(rs))
                .optional();
    }

    /** {@return the completed load of this source and description, if one exists} */
    Optional<DataLoad> completedLoad(String source, String description) {
        return jdbc.sql(SELECT_LOAD + " WHERE source = :source AND description = :description AND status = 'COMPLETED'")
                .param("source", source)
                .param("description", description)
                .query((rs, row) -> dataLoad(rs))
                .list()
                .stream()
                .findFirst();
    }

    /** {@return the latest loads, newest first} */
    List<DataLoad> latest(int limit) {
        return jdbc.sql(SELECT_LOAD + " ORDER BY started_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> dataLoad(rs))
                .list();
    }

    private DataLoad dataLoad(ResultSet rs) throws SQLException {
        var status = LoadStatus.valueOf(rs.getString("status"));
        var heartbeat = instant(rs, "heartbeat_at");
        if (status == LoadStatus.RUNNING
                && heartbeat.map(at -> at.plus(HEARTBEAT_TIMEOUT).isBefore(clock.instant())).orElse(true)) {
            status = LoadStatus.INTERRUPTED;
        }
        return new DataLoad(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("description"),
                rs.getString("actor"),
                instant(rs, "started_at").orElseThrow(),
                instant(rs, "finished_at"),
                status,
                Optional.ofNullable(rs.getString("file_name")),
                Optional.ofNullable(rs.getString("format")).map(ImportFormat::valueOf),
                Optional.ofNullable(rs.getString("reject_policy")).map(RejectPolicy::valueOf),
                rs.getInt("batches_committed"),
                new LoadCounts(
                        rs.getLong("records_read"),
                        rs.getLong("records_added"),
                        rs.getLong("records_present"),
                        rs.getLong("records_changed"),
                        rs.getLong("records_rejected")),
                instant(rs, "first_arrival"),
                instant(rs, "last_arrival"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
