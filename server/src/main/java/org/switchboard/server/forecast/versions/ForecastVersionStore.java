package org.switchboard.server.forecast.versions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores and reads forecast versions ({@code forecast_version}) with their intervals ({@code forecast_interval}),
 * method scores ({@code forecast_method_score}) and history tail ({@code forecast_history}). Callers wrap an insert in
 * one transaction. Only drafts change: adjusting or publishing a published version changes nothing.
 */
@Repository
public class ForecastVersionStore {

    private static final int BATCH_SIZE = 1_000;

    private static final String HEADER = """
            SELECT id, queue, interval_minutes, first_day, horizon_days, history_source, history_first, history_last,
                   requested_method, method, fallback_reason, parameters, status, created_by, created_at,
                   published_by, published_at
            FROM forecast_version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ForecastVersionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Inserts a draft version with its intervals, scores and history.
     *
     * @param draft the forecast
     * @param createdBy who made it
     * @param createdAt when
     * @return the new version's id
     */
    public long insert(VersionDraft draft, String createdBy, Instant createdAt) {
        var request = draft.request();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO forecast_version (queue, interval_minutes, first_day, horizon_days, history_source,
                    history_first, history_last, requested_method, method, fallback_reason, parameters, status,
                    created_by, created_at)
                VALUES (:queue, :intervalMinutes, :firstDay, :horizonDays, :source, :historyFirst, :historyLast,
                    :requested, :method, :fallback, :parameters, 'DRAFT', :createdBy, :createdAt)""")
                .param("queue", request.queue())
                .param("intervalMinutes", request.intervalMinutes())
                .param("firstDay", request.firstDay())
                .param("horizonDays", request.horizonDays())
                .param("source", request.historySource().code())
                .param("historyFirst", request.historyFirst())
                .param("historyLast", request.historyLast())
                .param("requested", request.requestedMethod())
                .param("method", draft.method())
                .param("fallback", draft.fallbackReason())
                .param("parameters", draft.parameters())
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (var score : draft.scores()) {
            jdbc.sql("""
                    INSERT INTO forecast_method_score (version_id, method, wape, daily_wape)
                    VALUES (:id, :method, :wape, :dailyWape)""")
                    .param("id", id)
                    .param("method", score.method())
                    .param("wape", nullable(score.wape()))
                    .param("dailyWape", nullable(score.dailyWape()))
                    .update();
        }
        insertIntervals(id, draft.intervals());
        insertHistory(id, draft.history());
        return id;
    }

    private void insertIntervals(long id, List<VersionInterval> intervals) {
        var sql = """
                INSERT INTO forecast_interval (version_id, interval_start, volume, lower80, upper80, lower95, upper95,
                                               aht_seconds, adjustment_percent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        for (int from = 0; from < intervals.size(); from += BATCH_SIZE) {
            var chunk = intervals.subList(from, Math.min(intervals.size(), from + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), (ps, interval) -> {
                ps.setLong(1, id);
                ps.setObject(2, interval.start(), Types.TIMESTAMP);
                ps.setDouble(3, interval.volume());
                ps.setDouble(4, interval.lower80());
                ps.setDouble(5, interval.upper80());
                ps.setDouble(6, interval.lower95());
                ps.setDouble(7, interval.upper95());
                ps.setObject(8, nullable(interval.ahtSeconds()), Types.DOUBLE);
                ps.setDouble(9, interval.adjustmentPercent());
            });
        }
    }

    private void insertHistory(long id, List<HistoryPoint> history) {
        var sql = "INSERT INTO forecast_history (version_id, interval_start, volume, aht_seconds) VALUES (?, ?, ?, ?)";
        for (int from = 0; from < history.size(); from += BATCH_SIZE) {
            var chunk = history.subList(from, Math.min(history.size(), from + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), (ps, point) -> {
                ps.setLong(1, id);
                ps.setObject(2, point.start(), Types.TIMESTAMP);
                ps.setDouble(3, point.volume());
                ps.setObject(4, nullable(point.ahtSeconds()), Types.DOUBLE);
            });
        }
    }

    /** {@return the version with this id, if any} */
    public Optional<ForecastVersion> find(long id) {
        return jdbc.sql(HEADER + " WHERE id = :id").param("id", id).query(ForecastVersionStore::version).optional();
    }

    /**
     * {@return the newest versions first}
     *
     * @param limit at most this many
     */
    public List<ForecastVersion> latest(int limit) {
        return jdbc.sql(HEADER + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query(ForecastVersionStore::version)
                .list();
    }

    /**
     * {@return the published versions whose first day is on or before {@code day}, newest first}
     *
     * @param day only versions starting on or before this day (whose actuals may have arrived)
     */
    public List<ForecastVersion> publishedStartingBy(LocalDate day) {
        return jdbc.sql(HEADER + " WHERE status = 'PUBLISHED' AND first_day <= :day ORDER BY first_day DESC, id DESC")
                .param("day", day)
                .query(ForecastVersionStore::version)
                .list();
    }

    /** {@return the intervals of a version, in time order} */
    public List<VersionInterval> intervals(long id) {
        return jdbc.sql("""
                SELECT interval_start, volume, lower80, upper80, lower95, upper95, aht_seconds, adjustment_percent
                FROM forecast_interval WHERE version_id = :id ORDER BY interval_start""")
                .param("id", id)
                .query((rs, row) -> new VersionInterval(
                        rs.getObject("interval_start", LocalDateTime.class),
                        rs.getDouble("volume"),
                        rs.getDouble("lower80"),
                        rs.getDouble("upper80"),
                        rs.getDouble("lower95"),
                        rs.getDouble("upper95"),
                        optional(rs, "aht_seconds"),
                        rs.getDouble("adjustment_percent")))
                .list();
    }

    /** {@return the back-test scores of a version, by method name} */
    public List<MethodScore> scores(long id) {
        return jdbc.sql("""
                SELECT method, wape, daily_wape FROM forecast_method_score WHERE version_id = :id ORDER BY method""")
                .param("id", id)
                .query((rs, row) ->
                        new MethodScore(rs.getString("method"), optional(rs, "wape"), optional(rs, "daily_wape")))
                .list();
    }

    /** {@return the history tail of a version, in time order} */
    public List<HistoryPoint> history(long id) {
        return jdbc.sql("""
                SELECT interval_start, volume, aht_seconds FROM forecast_history WHERE version_id = :id
                ORDER BY interval_start""")
                .param("id", id)
                .query((rs, row) -> new HistoryPoint(
                        rs.getObject("interval_start", LocalDateTime.class),
                        rs.getDouble("volume"),
                        optional(rs, "aht_seconds")))
                .list();
    }

    /**
     * Sets the manual adjustment of a draft's intervals in [{@code from}, {@code to}).
     *
     * @param id the version
     * @param from the first interval's start (included)
     * @param to the end (excluded)
     * @param percent the adjustment in percent, at least −100; 0 removes it
     * @return the intervals changed; 0 when the version is published or unknown
     */
    public int adjust(long id, LocalDateTime from, LocalDateTime to, double percent) {
        return jdbc.sql("""
                UPDATE forecast_interval SET adjustment_percent = :percent
                WHERE version_id = :id AND interval_start >= :from AND interval_start < :to
                  AND version_id IN (SELECT v.id FROM forecast_version v WHERE v.id = :id AND v.status = 'DRAFT')""")
                .param("percent", percent)
                .param("id", id)
                .param("from", from)
                .param("to", to)
                .update();
    }

    /**
     * Publishes a draft.
     *
     * @param id the version
     * @param by who publishes it
     * @param at when
     * @return whether it was a draft and is now published
     */
    public boolean publish(long id, String by, Instant at) {
        return jdbc.sql("""
                UPDATE forecast_version SET status = 'PUBLISHED', published_by = :by, published_at = :at
                WHERE id = :id AND status = 'DRAFT'""")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update() == 1;
    }

    private static ForecastVersion version(ResultSet rs, int row) throws SQLException {
        var request = new VersionRequest(
                rs.getString("queue"),
                rs.getInt("interval_minutes"),
                rs.getObject("first_day", LocalDate.class),
                rs.getInt("horizon_days"),
                HistorySource.fromCode(rs.getString("history_source")),
                rs.getObject("history_first", LocalDate.class),
                rs.getObject("history_last", LocalDate.class),
                rs.getString("requested_method"));
        var publishedAt = rs.getObject("published_at", OffsetDateTime.class);
        return new ForecastVersion(
                rs.getLong("id"),
                request,
                rs.getString("method"),
                rs.getString("fallback_reason"),
                rs.getString("parameters"),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("published_by")),
                Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant));
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static @Nullable Double nullable(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
