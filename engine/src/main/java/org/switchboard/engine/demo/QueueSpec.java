package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demand on one queue of the demo centre and how its contacts behave.
 *
 * <p>Handle, wrap-up and patience times are drawn per contact: talk (or chat) time and wrap-up time log-normal with
 * the given means (coefficient of variation 0.9 for voice talk, 0.6 for chat, 0.7 for wrap-up), patience exponential
 * with the given mean. For a queue with concurrency c &gt; 1 {@code meanHandleTime} is the time a chat takes when the
 * agent has no other chat open; each further chat the agent already holds when it is answered stretches it by 25 %
 * (the agent switches between them), so at full load a chat agent with concurrency 2 handles 2 / 1.25 = 1.6 times
 * the chats of one dedicated to a single chat.
 *
 * @param queue the queue
 * @param weekdayVolume mean fresh contacts offered per weekday (the Monday-to-Friday average, before the day-level
 *     noise); transferred contacts come on top in the target queue
 * @param meanHandleTime mean talk or chat time of a contact, from answer to end
 * @param meanWrapUpTime mean after-contact work; {@link Duration#ZERO} for none (chat notes are written while the chat
 *     is open)
 * @param meanPatience mean of the customers' exponential patience: how long a customer waits before abandoning
 * @param resolutionRate probability that an answered, not transferred contact resolves the customer's issue; an
 *     unresolved customer comes back within a few days, which makes FCR measurable
 * @param saleRate probability that an answered contact ends with a sale (0 for service queues; transferred-in
 *     contacts buy 1.4 times as often, being already decided)
 * @param reasonMix relative frequency of each contact reason; only reasons with a positive weight occur
 * @param transfer the transfers out of this queue, if any
 */
public record QueueSpec(
        ContactQueue queue,
        double weekdayVolume,
        Duration meanHandleTime,
        Duration meanWrapUpTime,
        Duration meanPatience,
        double resolutionRate,
        double saleRate,
        Map<ContactReason, Double> reasonMix,
        Optional<TransferRule> transfer) {

    /**
     * Validates the spec and copies the reason mix.
     *
     * @throws IllegalArgumentException if the volume is negative, the mean handle time or patience is not positive,
     *     the wrap-up time is negative, a rate is outside [0, 1], a reason weight is negative, no reason has a positive
     *     weight, or the queue transfers to itself
     */
    public QueueSpec {
        var name = queue.name();
        requireArgument(
                weekdayVolume >= 0, "weekday volume must not be negative: queue=%s, volume=%s", name, weekdayVolume);
        requireArgument(
                isPositive(meanHandleTime), "mean handle time must be positive: queue=%s, %s", name, meanHandleTime);
        requireArgument(
                !meanWrapUpTime.isNegative(), "mean wrap-up must not be negative: queue=%s, %s", name, meanWrapUpTime);
        requireArgument(isPositive(meanPatience), "mean patience must be positive: queue=%s, %s", name, meanPatience);
        requireArgument(
                isProbability(resolutionRate), "resolution rate must be in [0, 1]: queue=%s, %s", name, resolutionRate);
        requireArgument(isProbability(saleRate), "sale rate must be in [0, 1]: queue=%s, %s", name, saleRate);
        requireArgument(
                reasonMix.values().stream().allMatch(weight -> weight >= 0)
                        && reasonMix.values().stream().anyMatch(weight -> weight > 0),
                "reason weights must not be negative and one must be positive: queue=%s, mix=%s",
                name,
                reasonMix);
        requireArgument(
                transfer.map(rule -> !rule.queue().equals(name)).orElse(true),
                "a queue must not transfer to itself: queue=%s",
                name);
        reasonMix = Collections.unmodifiableMap(new EnumMap<>(reasonMix));
    }

    private static boolean isPositive(Duration duration) {
        return duration.isPositive();
    }

    private static boolean isProbability(double p) {
        return p >= 0 && p <= 1;
    }
}
