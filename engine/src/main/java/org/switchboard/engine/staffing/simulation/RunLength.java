package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * How long and how often to simulate: each of {@code replications} independent runs starts empty, runs a warm-up whose
 * statistics are discarded, then measures every attempt that arrives during {@code measured} (following each measured
 * customer to the end of their last attempt, even past the window). The confidence intervals come from the spread
 * across replications.
 *
 * @param warmUp simulated time discarded at the start of each replication, not negative
 * @param measured simulated time whose arrivals are measured, positive
 * @param replications independent replications, at least 2
 */
public record RunLength(Duration warmUp, Duration measured, int replications) {

    /**
     * Validates the run length.
     *
     * @throws IllegalArgumentException if warm-up &lt; 0, measured ≤ 0 or replications &lt; 2
     */
    public RunLength {
        requireArgument(!warmUp.isNegative(), "warm-up must not be negative: warmUp=%s", warmUp);
        requireArgument(measured.isPositive(), "measured time must be positive: measured=%s", measured);
        requireArgument(replications >= 2, "need at least 2 replications for a confidence interval: %d", replications);
    }

    /**
     * {@return a run length sized by expected arrivals: each replication measures about {@code arrivalsPerReplication}
     * fresh arrivals after a warm-up of a tenth of that}
     *
     * @param arrivalsPerSecond the fresh arrival rate, positive
     * @param arrivalsPerReplication expected fresh arrivals measured per replication, positive
     * @param replications independent replications, at least 2
     */
    public static RunLength ofArrivals(double arrivalsPerSecond, int arrivalsPerReplication, int replications) {
        requireArgument(
                arrivalsPerSecond > 0 && Double.isFinite(arrivalsPerSecond),
                "arrival rate must be positive: arrivalsPerSecond=%s",
                arrivalsPerSecond);
        requireArgument(arrivalsPerReplication > 0, "arrivals per replication must be positive: %d", arrivalsPerReplication);
        long measuredNanos = (long) Math.ceil(arrivalsPerReplication / arrivalsPerSecond * 1e9);
        return new RunLength(Duration.ofNanos(measuredNanos / 10), Duration.ofNanos(measuredNanos), replications);
    }

    double warmUpSeconds() {
        return warmUp.toNanos() / 1e9;
    }

    double measuredSeconds() {
        return measured.toNanos() / 1e9;
    }
}
