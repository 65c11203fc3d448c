package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalLong;

/**
 * Compares a metric between two periods (two independent samples). A change is called significant only by a test at
 * the level α = 1 − confidence of the {@link PrecisionTarget}, and never when a period has fewer answers than the
 * target needs ({@link ChangeStatus#INSUFFICIENT_DATA} takes precedence; the statistic and p-value are still given).
 * The finite-population correction is not applied: the periods are different populations.
 *
 * <ul>
 *   <li>Shares (CSAT, CDSAT, CES): {@link ChangeTest#TWO_PROPORTION_Z}; the interval of the difference is
 *       Newcombe's hybrid score interval [2] (method 10), built from the two Wilson intervals (lᵢ, uᵢ):
 *       <pre>  d = p₂ − p₁,  L = d − √((p₂ − l₂)² + (u₁ − p₁)²),  U = d + √((u₂ − p₂)² + (p₁ − l₁)²)</pre></li>
 *   <li>NPS, eNPS: {@link ChangeTest#NET_SCORE_DIFFERENCE_Z}; d ± z·100·√(V₁/n₁ + V₂/n₂) points.</li>
 * </ul>
 *
 * <p>[1] A. Agresti, <i>Categorical Data Analysis</i>, 3rd ed., Wiley 2013, §3.1.3 (the z test of two proportions).
 * [2] R. G. Newcombe, "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17 (1998) 873–890.
 */
public final class PeriodComparison {

    private PeriodComparison() {}

    /**
     * {@return the change of a share from x₁/n₁ to x₂/n₂}
     *
     * @param successesBefore x₁, answers in the box in the first period
     * @param nBefore n₁ ≥ 1
     * @param successesAfter x₂
     * @param nAfter n₂ ≥ 1
     * @param target the confidence and the precision that decides "insufficient data"
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Change shares(
            long successesBefore, long nBefore, long successesAfter, long nAfter, PrecisionTarget target) {
        double confidence = target.confidence();
        var before = ShareIntervals.wilson(successesBefore, nBefore, confidence, OptionalLong.empty());
        var after = ShareIntervals.wilson(successesAfter, nAfter, confidence, OptionalLong.empty());
        double p1 = before.value();
        double p2 = after.value();
        double difference = p2 - p1;
        double lower = difference - Math.hypot(p2 - after.lower(), before.upper() - p1);
        double upper = difference + Math.hypot(after.upper() - p2, p1 - before.lower());
        double pooled = (double) (successesBefore + successesAfter) / (nBefore + nAfter);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / nBefore + 1.0 / nAfter));
        double statistic = standardError == 0 ? 0 : difference / standardError;
        boolean enough = target.shareStatus(nBefore) == DataStatus.SUFFICIENT
                && target.shareStatus(nAfter) == DataStatus.SUFFICIENT;
        return verdict(p1, p2, lower, upper, statistic, confidence, enough, ChangeTest.TWO_PROPORTION_Z);
    }

    /**
     * {@return the change of an NPS (or eNPS) between two periods, in points}
     *
     * @param before the first period
     * @param after the second period
     * @param target the confidence and the precision that decides "insufficient data"
     */
    public static Change netScores(NetScore before, NetScore after, PrecisionTarget target) {
        double difference = after.score().value() - before.score().value();
        double standardError =
                100 * Math.sqrt(before.unitVariance() / before.n() + after.unitVariance() / after.n());
        double half = ShareIntervals.z(target.confidence()) * standardError;
        double statistic = standardError == 0 ? 0 : difference / standardError;
        boolean enough = target.netScoreStatus(before.n()) == DataStatus.SUFFICIENT
                && target.netScoreStatus(after.n()) == DataStatus.SUFFICIENT;
        return verdict(
                before.score().value(),
                after.score().value(),
                difference - half,
                difference + half,
                statistic,
                target.confidence(),
                enough,
                ChangeTest.NET_SCORE_DIFFERENCE_Z);
    }

    private static Change verdict(
            double before,
            double after,
            double lower,
            double upper,
            double statistic,
            double confidence,
            boolean enough,
            ChangeTest test) {
        requireArgument(Double.isFinite(statistic), "the test statistic must be finite: z=%s", statistic);
        double pValue = ShareIntervals.twoSidedPValue(statistic);
        ChangeStatus status;
        if (!enough) {
            status = ChangeStatus.INSUFFICIENT_DATA;
        } else if (pValue < 1 - confidence) {
            status = after > before ? ChangeStatus.SIGNIFICANT_RISE : ChangeStatus.SIGNIFICANT_FALL;
        } else {
            status = ChangeStatus.NO_SIGNIFICANT_CHANGE;
        }
        return new Change(before, after, after - before, lower, upper, statistic, pValue, test, status);
    }
}
