package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The steady-state performance of a queue with redials and a finite number of lines, as {@link ErlangX} computes it.
 * Per-attempt figures count every call attempt, first calls and redials alike; under the model's assumption that
 * redials arrive as a Poisson stream, a first attempt and a redial see the same queue, so these are also the figures of
 * first attempts. Every attempt is blocked, answered or abandoned: probBlock + P(answered) + probAbandon = 1.
 *
 * @param agents number of agents N, {@code >= 1}
 * @param trafficErlangs offered load of fresh customers, A = λ·AHT
 * @param attemptsPerSecond λ_eff: fresh arrivals plus redials per second
 * @param probBlock share of attempts that find every line busy, in [0, 1]
 * @param probWait share of attempts admitted with every agent busy, in [0, 1]
 * @param probAbandon share of attempts that hang up while waiting, in [0, 1]
 * @param serviceLevel share of attempts answered within T (blocked and abandoned count as not met), in [0, 1]
 * @param asaSeconds mean wait of answered attempts, seconds
 * @param meanWaitAllSeconds mean wait of admitted attempts (answered or abandoned), seconds
 * @param averageQueueLength mean number of customers waiting
 * @param occupancy share of agent time spent handling, λ_eff·P(answered)·AHT/N, in [0, 1]
 * @param probLost share of fresh customers never answered on any attempt, in [0, 1]
 * @param attemptsPerCustomer mean attempts per fresh customer, λ_eff/λ, {@code >= 1}
 */
public record ErlangXPerformance(
        int agents,
        double trafficErlangs,
        double attemptsPerSecond,
        double probBlock,
        double probWait,
        double probAbandon,
        double serviceLevel,
        double asaSeconds,
        double meanWaitAllSeconds,
        double averageQueueLength,
        double occupancy,
        double probLost,
        double attemptsPerCustomer) {

    /**
     * Validates the figures.
     *
     * @throws IllegalArgumentException if agents &lt; 1, a probability is outside [0, 1], or a rate, time or length is
     *     negative or not finite
     */
    public ErlangXPerformance {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireNonNegative("trafficErlangs", trafficErlangs);
        requireNonNegative("attemptsPerSecond", attemptsPerSecond);
        requireProbability("probBlock", probBlock);
        requireProbability("probWait", probWait);
        requireProbability("probAbandon", probAbandon);
        requireProbability("serviceLevel", serviceLevel);
        requireNonNegative("asaSeconds", asaSeconds);
        requireNonNegative("meanWaitAllSeconds", meanWaitAllSeconds);
        requireNonNegative("averageQueueLength", averageQueueLength);
        requireProbability("occupancy", occupancy);
        requireProbability("probLost", probLost);
        requireArgument(
                Double.isFinite(attemptsPerCustomer) && attemptsPerCustomer >= 1,
                "attempts per customer must be finite and at least 1: attemptsPerCustomer=%s",
                attemptsPerCustomer);
    }

    private static void requireProbability(String field, double value) {
        requireArgument(value >= 0 && value <= 1, "%s must be in [0, 1]: %s=%s", field, field, value);
    }

    private static void requireNonNegative(String field, double value) {
        requireArgument(
                Double.isFinite(value) && value >= 0, "%s must be finite and not negative: %s=%s", field, field, value);
    }
}
