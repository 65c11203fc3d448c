package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * A simulated figure with its 95 % confidence interval: the mean over independent replications ± t·s/√n, where s is
 * the sample standard deviation across the n replications and t the 0.975 quantile of Student's t with n − 1 degrees
 * of freedom.
 *
 * @param mean the point estimate (mean over replications)
 * @param lowerBound the lower end of the 95 % confidence interval
 * @param upperBound the upper end of the 95 % confidence interval
 */
public record Estimate(double mean, double lowerBound, double upperBound) {

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException if a value is not finite or lowerBound ≤ mean ≤ upperBound does not hold
     */
    public Estimate {
        requireArgument(
                Double.isFinite(mean) && Double.isFinite(lowerBound) && Double.isFinite(upperBound),
                "estimate must be finite: mean=%s, lowerBound=%s, upperBound=%s",
                mean,
                lowerBound,
                upperBound);
        requireArgument(
                lowerBound <= mean && mean <= upperBound,
                "estimate needs lowerBound <= mean <= upperBound: mean=%s, lowerBound=%s, upperBound=%s",
                mean,
                lowerBound,
                upperBound);
    }

    /**
     * {@return the 95 % confidence interval of the mean of independent observations}
     *
     * @param observations one value per replication, at least two
     * @throws IllegalArgumentException if there are fewer than two observations
     */
    static Estimate of(double[] observations) {
        int n = observations.length;
        requireArgument(n >= 2, "a confidence interval needs at least two replications: replications=%d", n);
        double sum = 0;
        for (double x : observations) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : observations) {
            squares += (x - mean) * (x - mean);
        }
        double halfWidth = StudentT.quantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth);
    }

    /** {@return half the width of the confidence interval} */
    public double halfWidth() {
        return (upperBound - lowerBound) / 2;
    }

    /**
     * {@return whether the confidence interval contains a value}
     *
     * @param value the value, e.g. an analytic figure
     */
    public boolean contains(double value) {
        return lowerBound <= value && value <= upperBound;
    }
}
