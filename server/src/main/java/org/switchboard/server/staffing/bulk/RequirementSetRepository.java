package org.switchboard.server.staffing.bulk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores and reads requirement sets ({@code requirement_set}) and their intervals ({@code requirement_interval}).
 * Callers wrap an insert of a set and its intervals in one transaction.
 */
@Repository
class RequirementSetRepository {

    private static final int BATCH_SIZE = 1_000;

    private static final String SUMMARY = """
            SELECT s.id, s.name, s.created_at, s.created_by, s.parameters, s.source_file,
                   COALESCE(c.intervals, 0) AS intervals, COALESCE(p.peak, 0) AS peak_agents
            FROM requirement_set s
            LEFT JOIN (SELECT set_id, COUNT(*) AS intervals FROM requirement_interval GROUP BY set_id) c
                   ON c.set_id = s.id
            LEFT JOIN (SELECT set_id, MAX(total) AS peak
                       FROM (SELECT set_id, interval_start, SUM(agents) AS total
                             FROM requirement_interval GROUP BY set_id, interval_start) t
                       GROUP BY set_id) p
                   ON p.set_id = s.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RequirementSetRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Inserts a set with its intervals.
     *
     * @return the id of the new set
     */
    long insert(
            String name,
            Instant createdAt,
            String createdBy,
            StaffingParameters parameters,
            String sourceFile,
            List<RequirementInterval> intervals) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO requirement_set (name, created_at, created_by, model, parameters, interval_minutes,
                                             source_file)
                VALUES (:name, :createdAt, :createdBy, :model, :parameters, :intervalMinutes, :sourceFile)""")
                .param("name", name)
                .param("createdAt", Timestamp.from(createdAt))
                .param("createdBy", createdBy)
                .param("model", parameters.model().name())
                .param("parameters", parameters.encode())
                .param("intervalMinutes", parameters.intervalMinutes())
                .param("sourceFile", sourceFile)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        var sql = """
                INSERT INTO requirement_interval (set_id, interval_start, queue, contacts, aht_seconds, agents, fte,
                                                  service_level, asa_seconds, abandon_rate, occupancy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        for (int from = 0; from < intervals.size(); from += BATCH_SIZE) {
            var chunk = intervals.subList(from, Math.min(intervals.size(), from + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), (ps, interval) -> bind(ps, id, interval));
        }
        return id;
    }

    /** {@return every set, newest first} */
    List<RequirementSet> findAll() {
        return jdbc.sql(SUMMARY + " ORDER BY s.created_at DESC, s.id DESC")
                .query((rs, row) -> set(rs))
                .list();
    }

    /** {@return the set with this id, if any} */
    Optional<RequirementSet> find(long id) {
        return jdbc.sql(SUMMARY + " WHERE s.id = :id")
                .param("id", id)
                .query((rs, row) -> set(rs))
                .optional();
    }

    /** {@return the intervals of a set, by start and queue} */
    List<RequirementInterval> intervals(long setId) {
        return jdbc.sql("""
                SELECT interval_start, queue, contacts, aht_seconds, agents, fte, service_level, asa_seconds,
                       abandon_rate, occupancy
                FROM requirement_interval WHERE set_id = :id ORDER BY interval_start, queue""")
                .param("id", setId)
                .query((rs, row) -> new RequirementInterval(
                        rs.getObject("interval_start", OffsetDateTime.class).toInstant(),
                        rs.getString("queue"),
                        rs.getDouble("contacts"),
                        rs.getDouble("aht_seconds"),
                        rs.getInt("agents"),
                        rs.getDouble("fte"),
                        optional(rs, "service_level"),
                        optional(rs, "asa_seconds"),
                        optional(rs, "abandon_rate"),
                        optional(rs, "occupancy")))
                .list();
    }

    private static RequirementSet set(ResultSet rs) throws SQLException {
        return new RequirementSet(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                StaffingParameters.decode(rs.getString("parameters")),
                rs.getString("source_file"),
                rs.getInt("intervals"),
                rs.getInt("peak_agents"));
    }

    private static void bind(PreparedStatement ps, long setId, RequirementInterval interval) throws SQLException {
        ps.setLong(1, setId);
        ps.setObject(2, interval.start().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(3, interval.queue());
        ps.setDouble(4, interval.contacts());
        ps.setDouble(5, interval.ahtSeconds());
        ps.setInt(6, interval.agents());
        ps.setDouble(7, interval.fte());
        bind(ps, 8, interval.serviceLevel());
        bind(ps, 9, interval.asaSeconds());
        bind(ps, 10, interval.abandonRate());
        bind(ps, 11, interval.occupancy());
    }

    private static void bind(PreparedStatement ps, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            ps.setDouble(index, value.getAsDouble());
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        var value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
