package org.switchboard.engine.demo.internal;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.random.RandomGenerator;

/**
 * A log-normal distribution given by its mean and coefficient of variation, the usual description of call-centre
 * handle times (Brown et al. [1] §4.1 found service times log-normal).
 *
 * <pre>
 *   σ² = ln(1 + cv²)        μ = ln(mean) − σ²/2        X = exp(μ + σ·Z),  Z ~ N(0, 1)
 *   so that E[X] = exp(μ + σ²/2) = mean and sd(X)/E[X] = √(exp(σ²) − 1) = cv
 * </pre>
 *
 * <p>[1] L. Brown, N. Gans, A. Mandelbaum, A. Sakov, H. Shen, S. Zeltyn, L. Zhao, "Statistical Analysis of a
 * Telephone Call Center: A Queueing-Science Perspective", JASA 100(469), 2005, pp. 36–50.
 *
 * @param mu the mean of ln X
 * @param sigma the standard deviation of ln X
 */
record LogNormal(double mu, double sigma) {

    /**
     * {@return the log-normal distribution with a given mean and coefficient of variation}
     *
     * @param mean the mean, positive
     * @param cv the coefficient of variation (standard deviation / mean), not negative
     * @throws IllegalArgumentException if mean ≤ 0 or cv &lt; 0
     */
    public static LogNormal ofMean(double mean, double cv) {
        requireArgument(mean > 0 && cv >= 0, "log-normal needs mean > 0 and cv >= 0: mean=%s, cv=%s", mean, cv);
        double variance = Math.log1p(cv * cv);
        return new LogNormal(Math.log(mean) - variance / 2, Math.sqrt(variance));
    }

    /**
     * {@return one draw}
     *
     * @param rng the random source
     */
    public double sample(RandomGenerator rng) {
        return Math.exp(mu + sigma * rng.nextGaussian());
    }
}
