package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * The distribution of a duration in the simulation: a handle time or a customer's patience (how long they wait before
 * hanging up). Times are in seconds.
 */
public sealed interface TimeDistribution
        permits TimeDistribution.Exponential,
                TimeDistribution.LogNormal,
                TimeDistribution.Deterministic,
                TimeDistribution.Infinite {

    /**
     * {@return exponential with a given mean, the Erlang C and A assumption}
     *
     * @param mean the mean, positive
     */
    static TimeDistribution exponential(Duration mean) {
        return new Exponential(seconds(mean));
    }

    /**
     * {@return log-normal with a given mean and coefficient of variation}
     *
     * @param mean the mean, positive
     * @param cv standard deviation / mean, not negative
     */
    static TimeDistribution logNormal(Duration mean, double cv) {
        return new LogNormal(seconds(mean), cv);
    }

    /**
     * {@return always the same duration}
     *
     * @param value the duration, positive
     */
    static TimeDistribution deterministic(Duration value) {
        return new Deterministic(seconds(value));
    }

    /** {@return a duration that never ends: the patience of a customer who never hangs up} */
    static TimeDistribution infinite() {
        return new Infinite();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * Exponential: P(X > x) = exp(−x/mean).
     *
     * @param meanSeconds the mean in seconds, positive and finite
     */
    record Exponential(double meanSeconds) implements TimeDistribution {
        /**
         * Validates the parameters.
         *
         * @throws IllegalArgumentException if the mean is not positive and finite
         */
        public Exponential {
            requireArgument(
                    meanSeconds > 0 && Double.isFinite(meanSeconds),
                    "exponential mean must be positive and finite: meanSeconds=%s",
                    meanSeconds);
        }
    }

    /**
     * Log-normal given by its mean and coefficient of variation, the usual shape of call-centre handle times (Brown et
     * al., "Statistical Analysis of a Telephone Call Center", JASA 100(469), 2005, §4.1):
     *
     * <pre>
     *   σ² = ln(1 + cv²)    μ = ln(mean) − σ²/2    X = exp(μ + σ·Z),  Z ~ N(0, 1)
     * </pre>
     *
     * @param meanSeconds the mean in seconds, positive and finite
     * @param cv the coefficient of variation (standard deviation / mean), not negative and finite
     */
    record LogNormal(double meanSeconds, double cv) implements TimeDistribution {
        /**
         * Validates the parameters.
         *
         * @throws IllegalArgumentException if the mean is not positive and finite or cv is negative or not finite
         */
        public LogNormal {
            requireArgument(
                    meanSeconds > 0 && Double.isFinite(meanSeconds),
                    "log-normal mean must be positive and finite: meanSeconds=%s",
                    meanSeconds);
            requireArgument(cv >= 0 && Double.isFinite(cv), "log-normal cv must be >= 0 and finite: cv=%s", cv);
        }
    }

    /**
     * A constant duration.
     *
     * @param seconds the duration in seconds, positive and finite
     */
    record Deterministic(double seconds) implements TimeDistribution {
        /**
         * Validates the parameters.
         *
         * @throws IllegalArgumentException if the duration is not positive and finite
         */
        public Deterministic {
            requireArgument(
                    seconds > 0 && Double.isFinite(seconds),
                    "deterministic duration must be positive and finite: seconds=%s",
                    seconds);
        }
    }

    /** A duration that never ends (patience of customers who never abandon). */
    record Infinite() implements TimeDistribution {}
}
