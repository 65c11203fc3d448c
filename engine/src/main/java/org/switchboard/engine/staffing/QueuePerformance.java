package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The steady-state performance of one queue with a given number of agents, as a {@link QueueModel} computes it.
 *
 * <p>An unstable Erlang C queue (agents ≤ offered load) has {@code stable = false}, {@code probWait = 1},
 * {@code serviceLevel = 0}, {@code occupancy = 1} (capped) and {@link Double#POSITIVE_INFINITY} as ASA, mean wait and
 * queue length: callers print "unstable", never the number. Every other figure is finite.
 *
 * @param agents number of agents N, {@code >= 1}
 * @param trafficErlangs offered load A in Erlangs, {@code >= 0}
 * @param stable whether the queue reaches a steady state (always true for Erlang A)
 * @param probWait probability that an arriving contact waits (finds all agents busy), in [0, 1]
 * @param serviceLevel SL(T): share of all arrivals answered within the threshold T, in [0, 1]; abandoners count as
 *     not met
 * @param asaSeconds average speed of answer: mean wait of the answered contacts, in seconds
 * @param meanWaitAllSeconds mean wait over all arrivals (answered or abandoned), in seconds
 * @param probAbandon probability that an arriving contact abandons, in [0, 1] (0 for Erlang C)
 * @param averageQueueLength mean number of contacts waiting
 * @param occupancy share of agent time spent handling contacts, in [0, 1]
 */
public record QueuePerformance(
        int agents,
        double trafficErlangs,
        boolean stable,
        double probWait,
        double serviceLevel,
        double asaSeconds,
        double meanWaitAllSeconds,
        double probAbandon,
        double averageQueueLength,
        double occupancy) {

    /**
     * Validates the figures.
     *
     * @throws IllegalArgumentException if agents &lt; 1, the load is negative or not finite, a probability or share is
     *     outside [0, 1], a time or length is negative or NaN, or a stable queue reports an infinite figure
     */
    public QueuePerformance {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                Double.isFinite(trafficErlangs) && trafficErlangs >= 0,
                "traffic must be finite and not negative: trafficErlangs=%s",
                trafficErlangs);
        requireProbability("probWait", probWait);
        requireProbability("serviceLevel", serviceLevel);
        requireProbability("probAbandon", probAbandon);
        requireProbability("occupancy", occupancy);
        requireTime("asaSeconds", asaSeconds, stable);
        requireTime("meanWaitAllSeconds", meanWaitAllSeconds, stable);
        requireTime("averageQueueLength", averageQueueLength, stable);
    }

    /**
     * The performance of an unstable Erlang C queue: agents ≤ offered load, the queue grows without bound.
     *
     * @param agents number of agents, {@code >= 1}
     * @param trafficErlangs offered load, {@code >= agents}
     * @return the explicit unstable outcome
     */
    public static QueuePerformance unstable(int agents, double trafficErlangs) {
        var infinite = Double.POSITIVE_INFINITY;
        return new QueuePerformance(agents, trafficErlangs, false, 1, 0, infinite, infinite, 0, infinite, 1);
    }

    private static void requireProbability(String field, double value) {
        requireArgument(value >= 0 && value <= 1, "%s must be in [0, 1]: %s=%s", field, field, value);
    }

    private static void requireTime(String field, double value, boolean stable) {
        requireArgument(
                value >= 0 && (!stable || value < Double.POSITIVE_INFINITY),
                "%s must be finite and not negative for a stable queue: %s=%s",
                field,
                field,
                value);
    }
}
