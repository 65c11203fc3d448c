package org.switchboard.server.staffing.bulk;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The requirement of one interval and queue. Figures that do not exist are empty: all four for an interval without
 * contacts (no agents are needed), ASA when the queue would be unstable.
 *
 * @param start interval start
 * @param queue queue, empty when the forecast names none
 * @param contacts contacts offered
 * @param ahtSeconds average handle time in seconds
 * @param agents required agents on the phones
 * @param fte required full-time equivalents: agents / (1 − shrinkage)
 * @param serviceLevel share answered within the threshold with {@code agents}
 * @param asaSeconds average speed of answer in seconds
 * @param abandonRate share of contacts abandoned (0 for Erlang C)
 * @param occupancy agent occupancy
 */
public record RequirementInterval(
        Instant start,
        String queue,
        double contacts,
        double ahtSeconds,
        int agents,
        double fte,
        OptionalDouble serviceLevel,
        OptionalDouble asaSeconds,
        OptionalDouble abandonRate,
        OptionalDouble occupancy) {

    /** Validates the mandatory fields. */
    public RequirementInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(queue, "queue");
        if (agents < 0 || fte < 0 || contacts < 0 || ahtSeconds < 0) {
            throw new IllegalArgumentException("requirement figures must not be negative: agents=" + agents
                    + ", fte=" + fte + ", contacts=" + contacts + ", ahtSeconds=" + ahtSeconds);
        }
    }
}
