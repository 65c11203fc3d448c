package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalLong;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence intervals of a share p = x/n of n answers, optionally drawn without replacement from a population of N
 * (metrics.md §4, "Sampling error"). With z the (1 + confidence)/2 quantile of the standard normal distribution
 * (Hipparchus {@link NormalDistribution}) and f = (N − n)/(N − 1) the finite-population correction (f = 1 without
 * a population):
 *
 * <pre>
 *   normal (Wald):  p ± z·√(p(1−p)/n)·√f                                   clipped to [0, 1]
 *   Wilson score:   (p + z²/(2m) ± z·√(p(1−p)/m + z²/(4m²))) / (1 + z²/m),  m = n/f
 * </pre>
 *
 * m is the effective sample size: the Wilson interval with the variance p(1−p)·f/n of the finite population, as
 * the design-effect adjustment of Korn and Graubard [3] does for complex samples. Without a population m = n and it
 * is the plain Wilson interval [1]; a census (n = N) gives the interval [p, p].
 *
 * <p>[1] E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 22 (1927)
 * 209–212. [2] R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
 * methods", Statistics in Medicine 17 (1998) 857–872, method 3. [3] E. L. Korn, B. I. Graubard, "Confidence
 * intervals for proportions with small expected number of positive counts estimated from survey data", Survey
 * Methodology 24 (1998) 193–201. [4] W. G. Cochran, <i>Sampling Techniques</i>, 3rd ed., Wiley 1977, §3.4 (the
 * finite-population correction).
 */
public final class ShareIntervals {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ShareIntervals() {}

    /**
     * {@return z, the two-sided critical value of the standard normal distribution: Φ⁻¹((1 + confidence)/2), 1.959964
     * for 0.95}
     *
     * @param confidence the confidence level, in (0, 1)
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     */
    public static double z(double confidence) {
        requireArgument(
                confidence > 0 && confidence < 1, "confidence must be between 0 and 1: confidence=%s", confidence);
        return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + confidence / 2);
    }

    /**
     * {@return the two-sided p-value of a standard normal test statistic, 2·(1 − Φ(|z|))}
     *
     * @param zStatistic the statistic
     */
    public static double twoSidedPValue(double zStatistic) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(zStatistic));
    }

    /**
     * {@return the share x/n with its interval by the method of the settings}
     *
     * @param successes x, the answers in the box, 0 ≤ x ≤ n
     * @param n the answers, ≥ 1
     * @param settings confidence, method and population
     * @throws IllegalArgumentException if x or n is out of range or the population is smaller than n
     */
    public static MetricEstimate of(long successes, long n, IntervalSettings settings) {
        return switch (settings.method()) {
            case WILSON -> wilson(successes, n, settings.confidence(), settings.population());
            case NORMAL -> normal(successes, n, settings.confidence(), settings.population());
        };
    }

    /**
     * {@return the share x/n with its Wilson score interval, see the class description}
     *
     * @param successes x, 0 ≤ x ≤ n
     * @param n the answers, ≥ 1
     * @param confidence the confidence level
     * @param population N ≥ n, or empty
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MetricEstimate wilson(long successes, long n, double confidence, OptionalLong population) {
        double p = share(successes, n);
        double f = finitePopulationCorrection(n, population);
        if (f == 0) {
            return new MetricEstimate(p, p, p, n, confidence, IntervalMethod.WILSON);
        }
        double z = z(confidence);
        double m = n / f;
        double z2 = z * z;
        double denominator = 1 + z2 / m;
        double centre = (p + z2 / (2 * m)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / m + z2 / (4 * m * m)) / denominator;
        return clipped(p, centre - half, centre + half, n, confidence, IntervalMethod.WILSON);
    }

    /**
     * {@return the share x/n with its normal-approximation interval p ± z·√(p(1−p)/n)·√((N−n)/(N−1))}
     *
     * @param successes x, 0 ≤ x ≤ n
     * @param n the answers, ≥ 1
     * @param confidence the confidence level
     * @param population N ≥ n, or empty
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MetricEstimate normal(long successes, long n, double confidence, OptionalLong population) {
        double p = share(successes, n);
        double half = z(confidence) * Math.sqrt(p * (1 - p) / n * finitePopulationCorrection(n, population));
        return clipped(p, p - half, p + half, n, confidence, IntervalMethod.NORMAL);
    }

    /**
     * {@return f = (N − n)/(N − 1), the factor on the variance of a mean or share of n draws without replacement
     * from N (Cochran [4] eq. 3.4); 1 without a population, 0 for a census}
     *
     * @param n the sample size, ≥ 1
     * @param population N ≥ n, or empty
     * @throws IllegalArgumentException if N &lt; n
     */
    public static double finitePopulationCorrection(long n, OptionalLong population) {
        if (population.isEmpty()) {
            return 1;
        }
        long size = population.getAsLong();
        requireArgument(size >= n, "the population cannot be smaller than the sample: population=%d, n=%d", size, n);
        return size == n ? 0 : (double) (size - n) / (size - 1);
    }

    private static double share(long successes, long n) {
        requireArgument(n >= 1, "a share needs at least one answer: n=%d", n);
        requireArgument(
                successes >= 0 && successes <= n, "answers in the box must be 0..n: successes=%d, n=%d", successes, n);
        return (double) successes / n;
    }

    private static MetricEstimate clipped(
            double p, double lower, double upper, long n, double confidence, IntervalMethod method) {
        // Rounding can put an end a few ulps past p or past [0, 1]; the interval always contains p in exact arithmetic.
        return new MetricEstimate(
                p, Math.min(Math.max(0, lower), p), Math.max(Math.min(1, upper), p), n, confidence, method);
    }
}
