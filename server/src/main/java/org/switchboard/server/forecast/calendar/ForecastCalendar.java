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

/**
 * Stores the special-days calendar ({@code special_day}) and the marked outliers ({@code forecast_outlier}). A day
 * holds at most one event of each kind.
 */
@Repository
public class ForecastCalendar {

    private static final String SPECIAL_DAYS = "SELECT id, event_day, kind, effect_percent, note FROM special_day";

    private final JdbcClient jdbc;

    ForecastCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql(SPECIAL_DAYS + " WHERE event_day = :day AND kind = :kind")
                .param("day", day)
                .param("kind", kind.name())
                .query(ForecastCalendar::specialDay)
                .single();
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
    public boolean removeSpecialDay(long id) {
        return jdbc.sql("DELETE FROM special_day WHERE id = :id").param("id", id).update() == 1;
    }

    /**
     * Marks a queue's history in [{@code from}, {@code to}) as an outlier.
     *
     * @return the mark's id
     * @throws IllegalArgumentException if the range or note is invalid ({@link Outlier})
     */
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
        return keys.getKeyAs(Number.class).longValue();
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
    public boolean removeOutlier(long id) {
        return jdbc.sql("DELETE FROM forecast_outlier WHERE id = :id").param("id", id).update() == 1;
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
