package org.switchboard.engine.staffing.simulation;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Discrete-event simulation of a single-skill M/G/N+G queue: Poisson arrivals, any handle-time and patience
 * distribution ({@link TimeDistribution}), N agents serving first come first served, optional redials and a finite
 * number of lines. Use it where the Erlang formulas' assumptions don't hold, and to check them.
 *
 * {@snippet :
 * var spec = SimulationSpec.erlangC(10.0 / 180, Duration.ofSeconds(180), 13, Duration.ofSeconds(20))
 *         .withHandleTime(TimeDistribution.logNormal(Duration.ofSeconds(180), 1.5));
 * var result = QueueSimulator.simulate(spec, QueueSimulator.random(42));
 * result.serviceLevel(); // Estimate(mean, lowerBound, upperBound)
 * }
 *
 * <p>Method: independent replications, each starting empty with a warm-up whose statistics are discarded (Law [1],
 * ch. 9, replication/deletion); the 95 % confidence interval of each figure is mean ± t(0.975, n−1)·s/√n over the n
 * replications ([1] ch. 9). The replications draw from one generator in sequence, so a seeded generator gives the same
 * result every time. Ratios (e.g. SL) are computed per replication, then averaged: slightly biased for very short
 * replications, negligible at the thousands of arrivals per replication the defaults use.
 *
 * <p>[1] A. M. Law, "Simulation Modeling and Analysis", 5th ed., McGraw-Hill, 2015.
 */
public final class QueueSimulator {

    private static final String ALGORITHM = "L64X128MixRandom";

    private QueueSimulator() {}

    /**
     * {@return a seeded generator suitable for {@link #simulate}}
     *
     * @param seed the seed
     */
    public static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /**
     * Simulates the queue.
     *
     * @param spec the queue, its service-level threshold and the run length
     * @param rng the random source, consumed by every replication in turn
     * @return each figure with its 95 % confidence interval
     */
    public static SimulationResult simulate(SimulationSpec spec, RandomGenerator rng) {
        int replications = spec.run().replications();
        var observations = new double[Replication.METRICS][replications];
        long attempts = 0;
        for (int r = 0; r < replications; r++) {
            var replication = new Replication(spec, rng);
            double[] metrics = replication.run();
            for (int m = 0; m < Replication.METRICS; m++) {
                observations[m][r] = metrics[m];
            }
            attempts += replication.attemptsSimulated();
        }
        return new SimulationResult(
                statistics(observations, 0),
                statistics(observations, 6),
                Estimate.of(observations[12]),
                Estimate.of(observations[13]),
                Estimate.of(observations[14]),
                replications,
                attempts);
    }

    private static AttemptStatistics statistics(double[][] observations, int at) {
        return new AttemptStatistics(
                Estimate.of(observations[at]),
                Estimate.of(observations[at + 1]),
                Estimate.of(observations[at + 2]),
                Estimate.of(observations[at + 3]),
                Estimate.of(observations[at + 4]),
                Estimate.of(observations[at + 5]));
    }
}
