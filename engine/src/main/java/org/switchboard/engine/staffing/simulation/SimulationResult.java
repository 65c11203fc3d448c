package org.switchboard.engine.staffing.simulation;

/**
 * The outcome of a simulation: attempt statistics, agent occupancy and customer-level figures, each a mean over
 * replications with its 95 % confidence interval. Without redials, first attempts and all attempts are the same set.
 *
 * @param allAttempts every attempt (first calls and redials) that arrived in the measured window
 * @param firstAttempts first attempts only (fresh customers) that arrived in the measured window
 * @param occupancy time-average share of agents busy during the measured window
 * @param probLost share of fresh customers (first attempt in the window) never answered on any attempt
 * @param attemptsPerCustomer mean attempts per fresh customer, 1 without redials
 * @param replications independent replications run
 * @param attemptsSimulated every attempt simulated, warm-up and drain included (a measure of the work done)
 */
public record SimulationResult(
        AttemptStatistics allAttempts,
        AttemptStatistics firstAttempts,
        Estimate occupancy,
        Estimate probLost,
        Estimate attemptsPerCustomer,
        int replications,
        long attemptsSimulated) {

    /** {@return SL(T) over all attempts; see {@link AttemptStatistics#serviceLevel()}} */
    public Estimate serviceLevel() {
        return allAttempts.serviceLevel();
    }

    /** {@return P(wait) over all attempts} */
    public Estimate probWait() {
        return allAttempts.probWait();
    }

    /** {@return P(abandon) over all attempts} */
    public Estimate probAbandon() {
        return allAttempts.probAbandon();
    }

    /** {@return P(block) over all attempts} */
    public Estimate probBlock() {
        return allAttempts.probBlock();
    }

    /** {@return the mean wait of answered attempts, seconds} */
    public Estimate asaSeconds() {
        return allAttempts.asaSeconds();
    }

    /** {@return the mean wait of all admitted attempts, seconds} */
    public Estimate meanWaitAllSeconds() {
        return allAttempts.meanWaitAllSeconds();
    }
}
