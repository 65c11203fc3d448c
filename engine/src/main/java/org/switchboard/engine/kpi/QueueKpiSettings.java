package org.switchboard.engine.kpi;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalDouble;
import org.switchboard.engine.core.Channel;

/**
 * The per-queue settings of the accessibility KPIs (metrics.md §1). Thresholds are whole seconds, because waits are
 * counted in whole seconds rounded up ({@link org.switchboard.engine.interactions.facts.WaitHistogram}): exact for
 * any T up to 600 s and for whole minutes up to a day.
 *
 * @param serviceLevelSeconds the service-level threshold T
 * @param shortAbandonSeconds an abandon within this many seconds is a short abandon (a misdial)
 * @param variant the service-level definition
 * @param serviceLevelTarget the service-level target, a share 0–1, if set
 * @param asaTargetSeconds the largest acceptable average speed of answer, if set
 * @param abandonRateTarget the largest acceptable abandonment rate, a share 0–1, if set
 * @param answerDeadlineSeconds for asynchronous channels (e-mail, SMS): an item answered within this is on time
 */
public record QueueKpiSettings(
        long serviceLevelSeconds,
        long shortAbandonSeconds,
        ServiceLevelVariant variant,
        OptionalDouble serviceLevelTarget,
        OptionalDouble asaTargetSeconds,
        OptionalDouble abandonRateTarget,
        long answerDeadlineSeconds) {

    /** Default service-level threshold of voice and video (metrics.md §1). */
    public static final long VOICE_SERVICE_LEVEL_SECONDS = 20;

    /** Default service-level threshold of chat and messenger (metrics.md §1). */
    public static final long CHAT_SERVICE_LEVEL_SECONDS = 60;

    /** Default short-abandon threshold (metrics.md §1). */
    public static final long SHORT_ABANDON_SECONDS = 5;

    /** Default answer deadline of asynchronous channels: 24 hours. */
    public static final long ANSWER_DEADLINE_SECONDS = 86_400;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a threshold is negative, or a target share is outside [0, 1] or a target
     *     time negative
     */
    public QueueKpiSettings {
        requireArgument(serviceLevelSeconds >= 0, "service-level threshold must not be negative: %d", serviceLevelSeconds);
        requireArgument(
                shortAbandonSeconds >= 0, "short-abandon threshold must not be negative: %d", shortAbandonSeconds);
        requireArgument(answerDeadlineSeconds >= 0, "answer deadline must not be negative: %d", answerDeadlineSeconds);
        requireShare(serviceLevelTarget, "service-level target");
        requireShare(abandonRateTarget, "abandon-rate target");
        requireArgument(
                asaTargetSeconds.orElse(0) >= 0, "ASA target must not be negative: %s", asaTargetSeconds);
    }

    private static void requireShare(OptionalDouble share, String name) {
        requireArgument(
                share.isEmpty() || (share.getAsDouble() >= 0 && share.getAsDouble() <= 1),
                "%s must be a share within [0, 1]: %s",
                name,
                share);
    }

    /**
     * {@return the defaults of a channel}: T = 20 s for voice and video, 60 s for chat and messenger (and, unused,
     * e-mail and SMS), short abandons within 5 s, {@link ServiceLevelVariant#ANSWERED_OF_OFFERED}, service-level
     * target 80 % (the common 80/20 convention), no ASA or abandonment target, answer deadline 24 h
     *
     * @param channel the queue's channel
     */
    public static QueueKpiSettings defaultsFor(Channel channel) {
        long threshold = channel == Channel.VOICE || channel == Channel.VIDEO
                ? VOICE_SERVICE_LEVEL_SECONDS
                : CHAT_SERVICE_LEVEL_SECONDS;
        return new QueueKpiSettings(
                threshold,
                SHORT_ABANDON_SECONDS,
                ServiceLevelVariant.ANSWERED_OF_OFFERED,
                OptionalDouble.of(0.8),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                ANSWER_DEADLINE_SECONDS);
    }

    /**
     * {@return these settings with other thresholds and variant}
     *
     * @param slSeconds the service-level threshold T
     * @param shortSeconds the short-abandon threshold
     * @param slVariant the service-level definition
     */
    public QueueKpiSettings with(long slSeconds, long shortSeconds, ServiceLevelVariant slVariant) {
        return new QueueKpiSettings(
                slSeconds,
                shortSeconds,
                slVariant,
                serviceLevelTarget,
                asaTargetSeconds,
                abandonRateTarget,
                answerDeadlineSeconds);
    }
}
