package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalLong;

/**
 * The precision a centre wants from its figures: below the sample size that reaches it, a figure or a change is
 * marked "insufficient data" instead of being read as a result (metrics.md §4).
 *
 * @param margin e, the wanted half-width of a share's interval (0.05 = ± 5 percentage points; for NPS ± 5 points)
 * @param confidence the confidence level, e.g. 0.95
 * @param plannedShare p, the share assumed when planning, 0.5 being the conservative (largest) case
 * @param population N, or empty for an unbounded population
 */
public record PrecisionTarget(double margin, double confidence, double plannedShare, OptionalLong population) {

    /**
     * Validates the target.
     *
     * @throws IllegalArgumentException if the margin, confidence or share is not in (0, 1) or the population is below
     *     1
     */
    public PrecisionTarget {
        requireArgument(margin > 0 && margin < 1, "margin must be between 0 and 1: margin=%s", margin);
        requireArgument(
                confidence > 0 && confidence < 1, "confidence must be between 0 and 1: confidence=%s", confidence);
        requireArgument(plannedShare > 0 && plannedShare < 1, "p must be between 0 and 1: p=%s", plannedShare);
        requireArgument(
                population.isEmpty() || population.getAsLong() >= 1,
                "population must be at least 1: population=%s",
                population);
    }

    /** {@return ± 5 points at 95 %, p = 0.5, unbounded population: 385 answers} */
    public static PrecisionTarget standard() {
        return new PrecisionTarget(0.05, 0.95, 0.5, OptionalLong.empty());
    }

    /** {@return the sample size a share needs, z²·p(1−p)/e² corrected for the population ({@link SampleSize})} */
    public SampleSize forShares() {
        return SampleSize.forShare(margin, confidence, plannedShare, population);
    }

    /**
     * {@return the sample size an NPS needs for ± 100·e points: the planned variance per answer is that of p₊ = p, p₋ =
     * 1 − p with no passives, 4p(1−p) (1 at p = 0.5, the largest the NPS variance can be)}
     */
    public SampleSize forNetScores() {
        return SampleSize.forVariance(margin, confidence, 4 * plannedShare * (1 - plannedShare), population);
    }

    /**
     * {@return whether n answers reach the precision for a share}
     *
     * @param n the answers
     */
    public DataStatus shareStatus(long n) {
        return n >= forShares().required() ? DataStatus.SUFFICIENT : DataStatus.INSUFFICIENT_DATA;
    }

    /**
     * {@return whether n answers reach the precision for an NPS}
     *
     * @param n the answers
     */
    public DataStatus netScoreStatus(long n) {
        return n >= forNetScores().required() ? DataStatus.SUFFICIENT : DataStatus.INSUFFICIENT_DATA;
    }
}
