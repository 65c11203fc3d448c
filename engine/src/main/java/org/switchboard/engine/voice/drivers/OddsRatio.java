package org.switchboard.engine.voice.drivers;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * An odds ratio against the reference level with its Wald interval: OR = e^β, [e^(β − z·SE), e^(β + z·SE)], and the
 * two-sided p-value of β = 0, 2·(1 − Φ(|β/SE|)).
 *
 * @param coefficient β, the log odds ratio
 * @param standardError SE of β, from the inverse Fisher information
 * @param estimate e^β
 * @param lower e^(β − z·SE)
 * @param upper e^(β + z·SE)
 * @param pValue the two-sided p-value of the Wald test of β = 0
 */
public record OddsRatio(
        double coefficient, double standardError, double estimate, double lower, double upper, double pValue) {

    /**
     * Validates the odds ratio.
     *
     * @throws IllegalArgumentException if a figure is not finite or the interval does not contain the estimate
     */
    public OddsRatio {
        requireArgument(
                Double.isFinite(coefficient) && Double.isFinite(standardError) && standardError >= 0,
                "an odds ratio needs a finite coefficient and standard error: beta=%s, se=%s",
                coefficient,
                standardError);
        requireArgument(
                lower <= estimate && estimate <= upper && lower > 0 && Double.isFinite(upper),
                "the interval must contain the odds ratio: lower=%s, or=%s, upper=%s",
                lower,
                estimate,
                upper);
    }
}
