package org.switchboard.engine.staffing;

import java.time.Duration;

/**
 * A queueing model that turns a workload and a number of agents into the queue's steady-state performance.
 *
 * <p>{@link ErlangC} (M/M/N, callers never hang up) and {@link ErlangA} (M/M/N+M, exponential patience). Both
 * assume Poisson arrivals, exponential handle times and first-come first-served service.
 */
public sealed interface QueueModel permits ErlangC, ErlangA {

    /**
     * Evaluates the queue.
     *
     * @param workload the offered workload
     * @param agents number of agents N, {@code >= 1}
     * @param serviceLevelThreshold the threshold T of the reported service level, {@code >= 0}
     * @return the steady-state performance; for Erlang C with N ≤ A the explicit unstable outcome
     * @throws IllegalArgumentException if agents &lt; 1 or the threshold is negative
     */
    QueuePerformance evaluate(Workload workload, int agents, Duration serviceLevelThreshold);

    /** {@return the model's identifier as the command line and REST API spell it: "erlang-c" or "erlang-a"} */
    String name();
}
