package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The mean answer with its Student-t interval: a secondary figure, shown only next to the distribution (metrics.md
 * §4).
 *
 * @param mean the mean answer
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param standardDeviation the sample standard deviation s (divisor n − 1)
 * @param n the number of answers, ≥ 2
 * @param confidence the confidence level
 */
public record MeanEstimate(
        double mean, double lower, double upper, double standardDeviation, long n, double confidence) {

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException if the interval does not contain the mean, s is negative or n is below 2
     */
    public MeanEstimate {
        requireArgument(
                lower <= mean && mean <= upper,
                "the interval must contain the mean: lower=%s, mean=%s, upper=%s",
                lower,
                mean,
                upper);
        requireArgument(standardDeviation >= 0, "standard deviation must not be negative: s=%s", standardDeviation);
        requireArgument(n >= 2, "a mean interval needs at least 2 answers: n=%d", n);
    }
}
