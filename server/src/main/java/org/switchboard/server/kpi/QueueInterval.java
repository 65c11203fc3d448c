package org.switchboard.server.kpi;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * The inbound contacts of one queue in one interval of the centre's local time, from the KPI facts.
 *
 * @param start the interval's local start
 * @param offered inbound contacts offered (metrics.md §1)
 * @param handled contacts answered and handled by an agent
 * @param ahtSeconds AHT of the handled contacts (metrics.md §2), empty when none was handled
 */
public record QueueInterval(LocalDateTime start, long offered, long handled, OptionalDouble ahtSeconds) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public QueueInterval {
        if (offered < 0 || handled < 0) {
            throw new IllegalArgumentException(
                    "queue interval " + start + ": counts must not be negative: offered=" + offered + ", handled="
                            + handled);
        }
    }
}
