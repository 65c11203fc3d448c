package org.switchboard.engine.staffing.simulation;

import java.util.random.RandomGenerator;

/**
 * A {@link TimeDistribution} flattened for the simulation loop: one final class and a switch on a small int, so the
 * draw site stays monomorphic whatever distributions a spec uses.
 */
final class Sampler {

    private static final int EXPONENTIAL = 0;
    private static final int LOG_NORMAL = 1;
    private static final int DETERMINISTIC = 2;
    private static final int INFINITE = 3;

    private final int kind;
    private final double first;
    private final double second;

    private Sampler(int kind, double first, double second) {
        this.kind = kind;
        this.first = first;
        this.second = second;
    }

    static Sampler of(TimeDistribution distribution) {
        return switch (distribution) {
            case TimeDistribution.Exponential e -> new Sampler(EXPONENTIAL, e.meanSeconds(), 0);
            case TimeDistribution.LogNormal l -> {
                double variance = Math.log1p(l.cv() * l.cv());
                yield new Sampler(LOG_NORMAL, Math.log(l.meanSeconds()) - variance / 2, Math.sqrt(variance));
            }
            case TimeDistribution.Deterministic d -> new Sampler(DETERMINISTIC, d.seconds(), 0);
            case TimeDistribution.Infinite i -> new Sampler(INFINITE, Double.POSITIVE_INFINITY, 0);
        };
    }

    boolean isFinite() {
        return kind != INFINITE;
    }

    /** {@return one draw in seconds} */
    double sample(RandomGenerator rng) {
        return switch (kind) {
            case EXPONENTIAL -> first * rng.nextExponential();
            case LOG_NORMAL -> Math.exp(first + second * rng.nextGaussian());
            default -> first;
        };
    }
}
