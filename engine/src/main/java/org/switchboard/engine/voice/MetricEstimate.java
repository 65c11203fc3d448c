package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * A metric with its confidence interval. Shares (CSAT, CDSAT, CES) are fractions 0–1; NPS and eNPS are points
 * −100…+100.
 *
 * @param value the point estimate
 * @param lower the lower end of the interval, ≤ value
 * @param upper the upper end of the interval, ≥ value
 * @param n the number of answers it rests on, ≥ 1
 * @param confidence the confidence level of the interval
 * @param method how the interval was computed
 */
public record MetricEstimate(
        double value, double lower, double upper, long n, double confidence, IntervalMethod method) {

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException if a figure is not finite, the interval does not contain the value, n is below
     *     1 or the confidence is not in (0, 1)
     */
    public MetricEstimate {
        requireArgument(
                Double.isFinite(value) && Double.isFinite(lower) && Double.isFinite(upper),
                "an estimate must be finite: value=%s, lower=%s, upper=%s",
                value,
                lower,
                upper);
        requireArgument(
                lower <= value && value <= upper,
                "the interval must contain the value: lower=%s, value=%s, upper=%s",
                lower,
                value,
                upper);
        requireArgument(n >= 1, "an estimate needs at least one answer: n=%d", n);
        requireArgument(
                confidence > 0 && confidence < 1, "confidence must be between 0 and 1: confidence=%s", confidence);
    }

    /** {@return half the width of the interval, (upper − lower)/2: the margin of error actually reached} */
    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
