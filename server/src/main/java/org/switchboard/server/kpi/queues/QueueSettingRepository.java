package org.switchboard.server.kpi.queues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/** Stores the KPI settings of the queues that have been changed from their defaults ({@code queue_setting}). */
@Repository
class QueueSettingRepository {

    private final JdbcClient jdbc;

    QueueSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return the stored settings by queue, with who changed them when} */
    Map<String, Stored> all() {
        var stored = new TreeMap<String, Stored>();
        jdbc.sql("""
                SELECT queue, sl_threshold_seconds, short_abandon_seconds, sl_variant, target_service_level,
                       target_asa_seconds, target_abandon_rate, answer_deadline_seconds, updated_at, updated_by
                FROM queue_setting""")
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        stored.put(rs.getString("queue"), stored(rs));
                    }
                    return stored;
                });
        return stored;
    }

    /**
     * Replaces the settings of a queue.
     *
     * @param queue the queue
     * @param settings the new settings
     * @param at when
     * @param actor who changed them
     */
    void save(String queue, QueueKpiSettings settings, Instant at, String actor) {
        jdbc.sql("DELETE FROM queue_setting WHERE queue = :queue").param("queue", queue).update();
        jdbc.sql("""
                INSERT INTO queue_setting (queue, sl_threshold_seconds, short_abandon_seconds, sl_variant,
                                           target_service_level, target_asa_seconds, target_abandon_rate,
                                           answer_deadline_seconds, updated_at, updated_by)
                VALUES (:queue, :sl, :short, :variant, :targetSl, :targetAsa, :targetAbandon, :deadline, :at, :actor)""")
                .param("queue", queue)
                .param("sl", (int) settings.serviceLevelSeconds())
                .param("short", (int) settings.shortAbandonSeconds())
                .param("variant", settings.variant().name())
                .param("targetSl", share(settings.serviceLevelTarget()))
                .param("targetAsa", seconds(settings.asaTargetSeconds()))
                .param("targetAbandon", share(settings.abandonRateTarget()))
                .param("deadline", (int) settings.answerDeadlineSeconds())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("actor", actor)
                .update();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        var settings = new QueueKpiSettings(
                rs.getInt("sl_threshold_seconds"),
                rs.getInt("short_abandon_seconds"),
                ServiceLevelVariant.valueOf(rs.getString("sl_variant")),
                optional(rs.getBigDecimal("target_service_level")),
                optional(rs.getBigDecimal("target_asa_seconds")),
                optional(rs.getBigDecimal("target_abandon_rate")),
                rs.getInt("answer_deadline_seconds"));
        return new Stored(
                settings, rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }

    private static OptionalDouble optional(@Nullable BigDecimal value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }

    private static @Nullable BigDecimal share(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_UP) : null;
    }

    private static @Nullable Integer seconds(OptionalDouble value) {
        return value.isPresent() ? (int) Math.round(value.getAsDouble()) : null;
    }

    /**
     * Stored settings.
     *
     * @param settings the settings
     * @param updatedAt when they were last changed
     * @param updatedBy who changed them
     */
    record Stored(QueueKpiSettings settings, Instant updatedAt, String updatedBy) {}
}
