package org.switchboard.server.forecast.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.server.audit.AuditLog;

/**
 * Stores the special-days calendar ({@code special_day}) and the marked outliers ({@code forecast_outlier}). A day
 * holds at most one event of each kind. Every change is written to the audit log in its transaction.
 */
@Repository
public class ForecastCalendar {

    private static final String SPECIAL_DAYS = "SELECT id, event_day, kind, effect_percent, note FROM special_day";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ForecastCalendar(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /**
     * Adds an event, or replaces the effect and note of the day's event of the same kind.
     *
     * @param day the day
     * @param kind the kind
     * @param effectPercent the effect in percent, empty to learn it
     * @param note what the event is
     * @param by who enters it
     * @param at when
     * @return the event as stored
     * @throws IllegalArgumentException if the effect or note is invalid ({@link SpecialDay})
     */
    @Transactional
    public SpecialDay put(
            LocalDate day, SpecialDayKind kind, OptionalDouble effectPercent, String note, String by, Instant at) {
        new SpecialDay(0, day, kind, effectPercent, note);
        var effect = effectPercent.isPresent() ? effectPercent.getAsDouble() : null;
        int updated = jdbc.sql("""
                UPDATE special_day SET effect_percent = :effect, note = :note, created_by = :by, created_at = :at
                WHERE event_day = :day AND kind = :kind""")
                .param("effect", effect)
                .param("note", note)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("day", day)
                .param("kind", kind.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO special_day (event_day, kind, effect_percent, note, created_by, created_at)
                    VALUES (:day, :kind, :effect, :note, :by, :at)""")
                    .param("day", day)
                    .param("kind", kind.name())
                    .param("effect", effect)
                    .param("note", note)
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        }
        var stored = jdbc.sql(SPECIAL_DAYS + " WHERE event_day = :day AND kind = :kind")
                .param("day", day)
                .param("kind", kind.name())
                .query(ForecastCalendar::specialDay)
                .single();
        auditLog.record("SPECIAL_DAY_SAVED", "special_day", String.valueOf(stored.id()), day + " " + kind
                + ", effect " + (effectPercent.isPresent() ? effectPercent.getAsDouble() + " %" : "learned"));
        return stored;
    }

    /** {@return every event, by day} */
    public List<SpecialDay> specialDays() {
        return jdbc.sql(SPECIAL_DAYS + " ORDER BY event_day, kind").query(ForecastCalendar::specialDay).list();
    }

    /**
     * Removes an event.
     *
     * @param id the event's id
     * @return whether it existed
     */
    @Transactional
    public boolean removeSpecialDay(long id) {
        return removed("special_day", "SPECIAL_DAY_REMOVED", id);
    }

    private boolean removed(String table, String action, long id) {
        if (jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", id).update() == 0) {
            return false;
        }
        auditLog.record(action, table, String.valueOf(id), null);
        return true;
    }

    /**
     * Marks a queue's history in [{@code from}, {@code to}) as an outlier.
     *
     * @return the mark's id
     * @throws IllegalArgumentException if the range or note is invalid ({@link Outlier})
     */
    @Transactional
    public long markOutlier(String queue, LocalDateTime from, LocalDateTime to, String note, String by, Instant at) {
        new Outlier(0, queue, from, to, note);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO forecast_outlier (queue, starts_at, ends_at, note, created_by, created_at)
                VALUES (:queue, :from, :to, :note, :by, :at)""")
                .param("queue", queue)
                .param("from", from)
                .param("to", to)
                .param("note", note)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        auditLog.record("OUTLIER_MARKED", "forecast_outlier", String.valueOf(id), queue + " " + from + ".." + to);
        return id;
    }

    /** {@return every outlier mark, by queue and start} */
    public List<Outlier> outliers() {
        return jdbc.sql("SELECT id, queue, starts_at, ends_at, note FROM forecast_outlier ORDER BY queue, starts_at")
                .query(ForecastCalendar::outlier)
                .list();
    }

    /** {@return the outlier marks of one queue, by start} */
    public List<Outlier> outliers(String queue) {
        return jdbc.sql("""
                SELECT id, queue, starts_at, ends_at, note FROM forecast_outlier WHERE queue = :queue
                ORDER BY starts_at""")
                .param("queue", queue)
                .query(ForecastCalendar::outlier)
                .list();
    }

    /**
     * Removes an outlier mark.
     *
     * @param id the mark's id
     * @return whether it existed
     */
    @Transactional
    public boolean removeOutlier(long id) {
        return removed("forecast_outlier", "OUTLIER_REMOVED", id);
    }

    private static SpecialDay specialDay(ResultSet rs, int row) throws SQLException {
        double effect = rs.getDouble("effect_percent");
        var learned = rs.wasNull();
        return new SpecialDay(
                rs.getLong("id"),
                rs.getObject("event_day", LocalDate.class),
                SpecialDayKind.valueOf(rs.getString("kind")),
                learned ? OptionalDouble.empty() : OptionalDouble.of(effect),
                rs.getString("note"));
    }

    private static Outlier outlier(ResultSet rs, int row) throws SQLException {
        return new Outlier(
                rs.getLong("id"),
                rs.getString("queue"),
                rs.getObject("starts_at", LocalDateTime.class),
                rs.getObject("ends_at", LocalDateTime.class),
                rs.getString("note"));
    }
}
