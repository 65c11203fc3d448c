package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import org.switchboard.engine.core.Channel;

/**
 * A queue of the demo centre: where contacts of one channel wait for an agent with the matching skill.
 *
 * @param name the queue's name, also the skill agents need and the queue name in the Asterisk {@code queue_log}:
 *     letters, digits, {@code -} and {@code _} only
 * @param channel the channel of every contact offered to the queue
 * @param concurrency how many contacts of this queue one agent may handle at the same time (1 for voice)
 * @param serviceLevelThreshold the service-level threshold T: a contact answered after waiting at most T counts as
 *     answered within the service level (metrics.md §1; 20 s voice, 60 s chat by default)
 */
public record ContactQueue(String name, Channel channel, int concurrency, Duration serviceLevelThreshold) {

    /**
     * Validates the queue.
     *
     * @throws IllegalArgumentException if the name is blank or holds other characters than letters, digits, {@code -}
     *     and {@code _}; if concurrency is below 1, or above 1 for voice or video; or if the threshold is negative
     */
    public ContactQueue {
        requireArgument(name.matches("[A-Za-z0-9_-]+"), "queue name must be letters, digits, - or _: name=%s", name);
        requireArgument(
                concurrency >= 1, "concurrency must be at least 1: queue=%s, concurrency=%d", name, concurrency);
        requireArgument(
                concurrency == 1 || (channel != Channel.VOICE && channel != Channel.VIDEO),
                "voice and video queues have concurrency 1: queue=%s, channel=%s, concurrency=%d",
                name,
                channel,
                concurrency);
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "service-level threshold must not be negative: queue=%s, threshold=%s",
                name,
                serviceLevelThreshold);
    }
}
