package org.switchboard.server.kpi.queues;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/**
 * The queue-settings form as the page shows it: thresholds in whole seconds, shares in percent. An empty target means
 * "no target"; every message names its field.
 *
 * @param serviceLevelSeconds the service-level threshold T, 0 to 86 400 s
 * @param shortAbandonSeconds the short-abandon threshold, 0 to 600 s
 * @param variant the service-level definition
 * @param serviceLevelTargetPercent the service-level target in percent, empty for none
 * @param asaTargetSeconds the ASA target in seconds, empty for none
 * @param abandonRateTargetPercent the abandonment-rate target in percent, empty for none
 */
public record QueueSettingForm(
        @NotNull(message = "{kpi.queues.error.threshold}") @Min(value = 0, message = "{kpi.queues.error.threshold}")
        @Max(value = 86_400, message = "{kpi.queues.error.threshold}") @Nullable Integer serviceLevelSeconds,
        @NotNull(message = "{kpi.queues.error.short-abandon}")
        @Min(value = 0, message = "{kpi.queues.error.short-abandon}")
        @Max(value = 600, message = "{kpi.queues.error.short-abandon}") @Nullable Integer shortAbandonSeconds,
        @NotNull(message = "{kpi.queues.error.variant}") @Nullable ServiceLevelVariant variant,
        @DecimalMin(value = "0", message = "{kpi.queues.error.target-sl}")
        @DecimalMax(value = "100", message = "{kpi.queues.error.target-sl}") @Nullable Double serviceLevelTargetPercent,
        @Min(value = 0, message = "{kpi.queues.error.target-asa}")
        @Max(value = 86_400, message = "{kpi.queues.error.target-asa}") @Nullable Integer asaTargetSeconds,
        @DecimalMin(value = "0", message = "{kpi.queues.error.target-abandon}")
        @DecimalMax(value = "100", message = "{kpi.queues.error.target-abandon}") @Nullable Double abandonRateTargetPercent) {

    /** {@return the form showing a queue's settings} */
    public static QueueSettingForm of(QueueKpiSettings settings) {
        return new QueueSettingForm(
                (int) settings.serviceLevelSeconds(),
                (int) settings.shortAbandonSeconds(),
                settings.variant(),
                percent(settings.serviceLevelTarget()),
                settings.asaTargetSeconds().isPresent() ? (int) Math.round(settings.asaTargetSeconds().getAsDouble()) : null,
                percent(settings.abandonRateTarget()));
    }

    /**
     * {@return the settings the form holds} Call only when the form has no errors.
     *
     * @param current the queue's current settings, whose answer deadline the form keeps
     */
    public QueueKpiSettings toSettings(QueueKpiSettings current) {
        return new QueueKpiSettings(
                Objects.requireNonNull(serviceLevelSeconds),
                Objects.requireNonNull(shortAbandonSeconds),
                Objects.requireNonNull(variant),
                share(serviceLevelTargetPercent),
                asaTargetSeconds == null ? OptionalDouble.empty() : OptionalDouble.of(asaTargetSeconds),
                share(abandonRateTargetPercent),
                current.answerDeadlineSeconds());
    }

    private static @Nullable Double percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 1_000_000) / 10_000.0 : null;
    }

    private static OptionalDouble share(@Nullable Double percent) {
        return percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent / 100);
    }
}
