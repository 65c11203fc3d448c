package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * A net promoter score (NPS, or eNPS for employees) with its composition: promoters (top box), passives and
 * detractors (bottom box), and the score = 100·(p₊ − p₋) in points from −100 to +100 with its interval
 * (metrics.md §4).
 *
 * @param promoters answers in the top box (9–10 on 0–10)
 * @param passives answers between the boxes (7–8)
 * @param detractors answers in the bottom box (0–6)
 * @param score the score in points with its interval, n = promoters + passives + detractors
 */
public record NetScore(long promoters, long passives, long detractors, MetricEstimate score) {

    /**
     * Validates the composition.
     *
     * @throws IllegalArgumentException if a count is negative or the counts do not add up to the score's n
     */
    public NetScore {
        requireArgument(
                promoters >= 0 && passives >= 0 && detractors >= 0,
                "counts must not be negative: promoters=%d, passives=%d, detractors=%d",
                promoters,
                passives,
                detractors);
        requireArgument(
                promoters + passives + detractors == score.n(),
                "promoters, passives and detractors must add up to n: %d + %d + %d != %d",
                promoters,
                passives,
                detractors,
                score.n());
    }

    /** {@return the number of answers} */
    public long n() {
        return score.n();
    }

    /** {@return the share of promoters, 0–1} */
    public double promoterShare() {
        return (double) promoters / n();
    }

    /** {@return the share of passives, 0–1} */
    public double passiveShare() {
        return (double) passives / n();
    }

    /** {@return the share of detractors, 0–1} */
    public double detractorShare() {
        return (double) detractors / n();
    }

    /**
     * {@return the variance of p₊ − p₋ from one multinomial sample of n, per answer: p₊ + p₋ − (p₊ − p₋)² (metrics.md
     * §4); divide by n (and multiply by the finite-population correction) for the variance of the estimate}
     */
    public double unitVariance() {
        double plus = promoterShare();
        double minus = detractorShare();
        return plus + minus - (plus - minus) * (plus - minus);
    }
}
