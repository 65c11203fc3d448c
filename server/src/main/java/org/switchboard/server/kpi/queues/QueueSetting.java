package org.switchboard.server.kpi.queues;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.kpi.QueueKpiSettings;

/**
 * The KPI settings of one queue as the pages show them: stored ones with who changed them last, or the defaults of the
 * queue's channel ({@link QueueKpiSettings#defaultsFor}).
 *
 * @param queue the queue
 * @param channel the queue's channel
 * @param kpi the thresholds, service-level variant and targets
 * @param updatedAt when they were last changed; empty for the defaults
 * @param updatedBy who changed them last; empty for the defaults
 */
public record QueueSetting(
        String queue, Channel channel, QueueKpiSettings kpi, Optional<Instant> updatedAt, Optional<String> updatedBy) {

    /** Validates the mandatory fields. */
    public QueueSetting {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kpi, "kpi");
    }

    /** {@return the defaults of a queue's channel} */
    public static QueueSetting defaults(String queue, Channel channel) {
        return new QueueSetting(queue, channel, QueueKpiSettings.defaultsFor(channel), Optional.empty(),
                Optional.empty());
    }

    /** {@return whether these are the channel's defaults, never changed} */
    public boolean isDefault() {
        return updatedAt.isEmpty();
    }
}
