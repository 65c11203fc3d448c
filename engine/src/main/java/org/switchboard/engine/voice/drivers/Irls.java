package org.switchboard.engine.voice.drivers;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximum-likelihood fit of a binomial logistic model on aggregated cells by iteratively reweighted least squares
 * (Fisher scoring), with Hipparchus linear algebra. For cell i with nᵢ responses, yᵢ outcomes and row xᵢ:
 *
 * <pre>
 *   ηᵢ = xᵢ·β,  μᵢ = 1/(1 + e^(−ηᵢ)),  wᵢ = nᵢ·μᵢ(1 − μᵢ),  zᵢ = ηᵢ + (yᵢ − nᵢμᵢ)/wᵢ
 *   β ← (XᵀWX)⁻¹ XᵀWz                                   (Cholesky solve)
 *   Cov(β) = (XᵀWX)⁻¹ at convergence                    (inverse Fisher information)
 * </pre>
 *
 * Start: intercept = logit of the overall share, other coefficients 0. Stop when no coefficient moves by more than
 * 1e-10·(1 + |β|); give up after {@value #MAX_ITERATIONS} iterations or when a coefficient exceeds
 * {@value #DIVERGED} in absolute value (an odds ratio beyond e^{@value #DIVERGED}: separation). Source: P. McCullagh,
 * J. A. Nelder, <i>Generalized Linear Models</i>, 2nd ed., Chapman &amp; Hall 1989, §2.5 and §4.4; A. Agresti,
 * <i>Categorical Data Analysis</i>, 3rd ed., Wiley 2013, §4.6.
 */
final class Irls {

    static final int MAX_ITERATIONS = 50;
    static final double DIVERGED = 25;

    /** The fit: coefficients, their covariance, iterations, and whether it converged. */
    record Fit(double[] beta, RealMatrix covariance, int iterations, boolean converged) {}

    private Irls() {}

    static Fit fit(DesignMatrix x, long totalOutcomes, long totalResponses) {
        int p = x.columns;
        var beta = new double[p];
        double share = (double) totalOutcomes / totalResponses;
        beta[0] = Math.log(share / (1 - share));
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            var information = new double[p][p];
            var score = new double[p];
            accumulate(x, beta, information, score);
            RealMatrix inverse;
            double[] step;
            try {
                var solver = new CholeskyDecomposition(new Array2DRowRealMatrix(information, false), 1e-14, 1e-14)
                        .getSolver();
                step = solver.solve(new ArrayRealVector(score, false)).toArray();
                inverse = solver.getInverse();
            } catch (MathIllegalArgumentException singular) {
                return new Fit(beta, new Array2DRowRealMatrix(p, p), iteration, false);
            }
            // Newton step on the log-likelihood: β + (XᵀWX)⁻¹Xᵀ(y − nμ) is the same as the weighted LS on z.
            boolean settled = true;
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
                settled &= Math.abs(step[j]) <= 1e-10 * (1 + Math.abs(beta[j]));
                if (!Double.isFinite(beta[j]) || Math.abs(beta[j]) > DIVERGED) {
                    return new Fit(beta, inverse, iteration, false);
                }
            }
            if (settled) {
                var information2 = new double[p][p];
                accumulate(x, beta, information2, new double[p]);
                var covariance = new CholeskyDecomposition(new Array2DRowRealMatrix(information2, false), 1e-14, 1e-14)
                        .getSolver()
                        .getInverse();
                return new Fit(beta, covariance, iteration, true);
            }
        }
        return new Fit(beta, new Array2DRowRealMatrix(p, p), MAX_ITERATIONS, false);
    }

    /** Adds XᵀWX to {@code information} and Xᵀ(y − nμ) to {@code score} at β. */
    private static void accumulate(DesignMatrix x, double[] beta, double[][] information, double[] score) {
        for (int i = 0; i < x.rows.length; i++) {
            var active = x.rows[i];
            double eta = 0;
            for (int column : active) {
                eta += beta[column];
            }
            double mu = 1 / (1 + Math.exp(-eta));
            double n = x.responses[i];
            double weight = n * mu * (1 - mu);
            double residual = x.outcomes[i] - n * mu;
            for (int a : active) {
                score[a] += residual;
                for (int b : active) {
                    information[a][b] += weight;
                }
            }
        }
    }
}
