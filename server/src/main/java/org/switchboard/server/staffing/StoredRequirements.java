package org.switchboard.server.staffing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.engine.staffing.QueueModel;

/**
 * The requirement sets stored from uploaded forecasts (the bulk page), read by other modules: scheduling plans shifts
 * against them.
 */
public interface StoredRequirements {

    /** {@return every stored set, newest first} */
    List<Summary> sets();

    /** {@return the set with this id, if any} */
    Optional<Summary> set(long id);

    /** {@return the required agents of every interval and queue of a set, by start and queue} */
    List<Interval> intervals(long setId);

    /**
     * A stored set.
     *
     * @param id database id
     * @param name its name
     * @param createdAt when it was stored
     * @param intervalMinutes the length of its intervals
     * @param intervals how many interval rows it has
     * @param model the queueing model the requirement was computed with
     * @param serviceLevelThreshold the threshold T of its service-level target SL(T)
     */
    record Summary(
            long id,
            String name,
            Instant createdAt,
            int intervalMinutes,
            int intervals,
            QueueModel model,
            Duration serviceLevelThreshold) {}

    /**
     * The agents required in one interval and queue.
     *
     * @param start the interval's start
     * @param queue the queue, empty when the forecast names none
     * @param agents the required agents on the phones
     * @param contacts the contacts forecast
     * @param ahtSeconds the forecast average handle time in seconds
     */
    record Interval(Instant start, String queue, int agents, double contacts, double ahtSeconds) {}
}
