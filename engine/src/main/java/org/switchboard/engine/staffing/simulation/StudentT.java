package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The 0.975 quantile of Student's t distribution with an integer number of degrees of freedom, for 95 % confidence
 * intervals. The two-sided probability A(t|ν) = P(|T| ≤ t) has a finite closed form for integer ν (Abramowitz and
 * Stegun [1], 26.7.3 and 26.7.4), with θ = atan(t/√ν):
 *
 * <pre>
 *   ν = 1:        A = 2θ/π
 *   ν odd  > 1:   A = (2/π)·[θ + sin θ·(cos θ + (2/3)cos³θ + … + (2·4···(ν−3))/(1·3···(ν−2))·cos^(ν−2)θ)]
 *   ν even:       A = sin θ·[1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3···(ν−3))/(2·4···(ν−2))·cos^(ν−2)θ]
 * </pre>
 *
 * and the quantile is found by bisection on A(t|ν) = 0.95 (A is increasing in t).
 *
 * <p>[1] M. Abramowitz, I. A. Stegun, "Handbook of Mathematical Functions", NBS AMS 55, 10th printing, 1972, §26.7.
 */
final class StudentT {

    private StudentT() {}

    /**
     * {@return t such that P(T ≤ t) = 0.975 for T ~ Student's t with {@code degreesOfFreedom}}
     *
     * @param degreesOfFreedom ν ≥ 1
     * @throws IllegalArgumentException if ν &lt; 1
     */
    static double quantile975(int degreesOfFreedom) {
        requireArgument(degreesOfFreedom >= 1, "degrees of freedom must be >= 1: degreesOfFreedom=%d", degreesOfFreedom);
        double low = 0;
        double high = 20;
        while (twoSidedProbability(high, degreesOfFreedom) < 0.95) {
            high *= 2;
        }
        for (int i = 0; i < 100 && high - low > 1e-12; i++) {
            double mid = (low + high) / 2;
            if (twoSidedProbability(mid, degreesOfFreedom) < 0.95) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** {@return A(t|ν) = P(|T| ≤ t), Abramowitz and Stegun 26.7.3–4} */
    static double twoSidedProbability(double t, int nu) {
        double theta = Math.atan(t / Math.sqrt(nu));
        double sin = Math.sin(theta);
        double cos2 = Math.cos(theta) * Math.cos(theta);
        if (nu % 2 == 0) {
            double term = 1;
            double sum = 1;
            for (int k = 2; k <= nu - 2; k += 2) {
                term *= cos2 * (k - 1) / k;
                sum += term;
            }
            return sin * sum;
        }
        if (nu == 1) {
            return 2 * theta / Math.PI;
        }
        double term = Math.cos(theta);
        double sum = term;
        for (int k = 3; k <= nu - 2; k += 2) {
            term *= cos2 * (k - 1) / k;
            sum += term;
        }
        return 2 / Math.PI * (theta + sin * sum);
    }
}
