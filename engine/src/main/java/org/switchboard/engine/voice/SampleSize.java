package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalLong;

/**
 * The sample size that estimates a share p within ± e at a confidence level (metrics.md §4):
 *
 * <pre>
 *   n₀ = z²·p(1−p)/e²                       (unbounded population)
 *   n  = n₀ / (1 + (n₀ − 1)/N)               (population of N, finite-population correction)
 *   required = ⌈n⌉
 * </pre>
 *
 * e.g. e = 0.05, 95 %, p = 0.5: n₀ = 1.959964²·0.25/0.0025 = 384.15 → 385 answers. Source: W. G. Cochran,
 * <i>Sampling Techniques</i>, 3rd ed., Wiley 1977, §4.4, eqs. 4.2 and 4.3.
 *
 * @param initial n₀, the size for an unbounded population
 * @param corrected n, after the finite-population correction (n₀ without a population)
 * @param required ⌈n⌉, the number of answers to collect
 * @param z the critical value used
 */
public record SampleSize(double initial, double corrected, long required, double z) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a size is not positive or required is below the corrected size
     */
    public SampleSize {
        requireArgument(
                initial > 0 && corrected > 0 && required >= corrected * (1 - 1e-9) && z > 0,
                "sizes must be positive and required >= corrected: initial=%s, corrected=%s, required=%d",
                initial,
                corrected,
                required);
    }

    /**
     * {@return the sample size for a share, see the class description}
     *
     * @param margin e, the wanted half-width of the interval as a share, in (0, 1)
     * @param confidence the confidence level, in (0, 1)
     * @param plannedShare p, the expected share, in (0, 1); 0.5 is the conservative choice
     * @param population N ≥ 1, or empty for an unbounded population
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static SampleSize forShare(double margin, double confidence, double plannedShare, OptionalLong population) {
        requireArgument(plannedShare > 0 && plannedShare < 1, "p must be between 0 and 1: p=%s", plannedShare);
        return forVariance(margin, confidence, plannedShare * (1 - plannedShare), population);
    }

    /**
     * {@return the sample size for an estimate whose variance per answer is v: n₀ = z²·v/e², corrected as above. For a
     * share v = p(1−p); for NPS (as a share, e in NPS points / 100) v = p₊ + p₋ − (p₊ − p₋)², at most 1}
     *
     * @param margin e, the wanted half-width of the interval, &gt; 0
     * @param confidence the confidence level, in (0, 1)
     * @param unitVariance v &gt; 0
     * @param population N ≥ 1, or empty
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static SampleSize forVariance(
            double margin, double confidence, double unitVariance, OptionalLong population) {
        requireArgument(margin > 0 && margin < 1, "margin must be between 0 and 1: margin=%s", margin);
        requireArgument(unitVariance > 0, "the variance per answer must be positive: variance=%s", unitVariance);
        requireArgument(
                population.isEmpty() || population.getAsLong() >= 1,
                "population must be at least 1: population=%s",
                population);
        double z = ShareIntervals.z(confidence);
        double initial = z * z * unitVariance / (margin * margin);
        double corrected = population.isEmpty() ? initial : initial / (1 + (initial - 1) / population.getAsLong());
        // A relative tolerance keeps 384.0000000001 (rounding noise of an exact 384) from asking for 385.
        long required = Math.max(1, (long) Math.ceil(corrected * (1 - 1e-12)));
        return new SampleSize(initial, corrected, required, z);
    }
}
