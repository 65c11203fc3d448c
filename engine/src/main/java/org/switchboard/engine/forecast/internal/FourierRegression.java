package org.switchboard.engine.forecast.internal;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * Linear regression on calendar features and Fourier terms, fitted by ordinary least squares on the open, usable
 * intervals of the last {@value #WEEKS} weeks:
 *
 * <pre>
 *   y(t) = β₀ + Σ_{d=1..6} γ_d·[weekday(t) = d] + Σ_{k=1..K} (a_k·sin(2πk·τ(t)/W) + b_k·cos(2πk·τ(t)/W)) + ε(t)
 * </pre>
 *
 * τ(t) = interval of the week (0 = Monday 00:00), W = intervals per week, K = min(W/2 − 1, {@value #HARMONICS}):
 * harmonic 7c of the weekly period is the c-th harmonic of the day, so the terms describe an intraday profile that
 * differs by weekday with about ten daily harmonics. Source: Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles
 * and Practice</i>, 3rd ed., §7.4 (dummy variables, Fourier series) and §12.1 (dynamic harmonic regression for
 * multiple seasonality). Solved from the normal equations XᵀX·β = Xᵀy by Cholesky (Hipparchus), with a ridge of
 * 10⁻⁷·trace(XᵀX)/p on the diagonal so that a window without some weekday stays solvable; forecasts are clipped at 0.
 */
public final class FourierRegression implements VolumeModel {

    static final int WEEKS = 12;
    static final int HARMONICS = 70;

    @Override
    public double[] forecast(Series series, int origin, int horizon, boolean[] closed) {
        int week = series.week();
        int harmonics = Math.min(week / 2 - 1, HARMONICS);
        var basis = basis(series, harmonics);
        int p = basis[0].length;
        var normal = new double[p][p];
        var rhs = new double[p];
        var y = series.volume();
        for (int t = Math.max(0, origin - WEEKS * week); t < origin; t++) {
            int slot = series.slotOfWeek(t);
            if (Double.isNaN(y[t]) || closed[slot]) {
                continue;
            }
            var x = basis[slot];
            for (int i = 0; i < p; i++) {
                double xi = x[i];
                if (xi == 0) {
                    continue;
                }
                rhs[i] += xi * y[t];
                var row = normal[i];
                for (int j = 0; j <= i; j++) {
                    row[j] += xi * x[j];
                }
            }
        }
        var beta = solve(normal, rhs);
        var result = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            var x = basis[series.slotOfWeek(origin + h)];
            double value = 0;
            for (int i = 0; i < p; i++) {
                value += beta[i] * x[i];
            }
            result[h] = Math.max(0, value);
        }
        return result;
    }

    /** The regressors of every interval of the week: intercept, six weekday dummies, K sine and K cosine terms. */
    private static double[][] basis(Series series, int harmonics) {
        int week = series.week();
        int ppd = series.intervalsPerDay();
        var basis = new double[week][1 + 6 + 2 * harmonics];
        for (int slot = 0; slot < week; slot++) {
            var x = basis[slot];
            x[0] = 1;
            int weekday = slot / ppd;
            if (weekday > 0) {
                x[weekday] = 1;
            }
            for (int k = 1; k <= harmonics; k++) {
                double angle = 2 * Math.PI * k * slot / week;
                x[6 + 2 * k - 1] = Math.sin(angle);
                x[6 + 2 * k] = Math.cos(angle);
            }
        }
        return basis;
    }

    private static double[] solve(double[][] lowerNormal, double[] rhs) {
        int p = rhs.length;
        double trace = 0;
        for (int i = 0; i < p; i++) {
            trace += lowerNormal[i][i];
        }
        double ridge = trace > 0 ? 1e-7 * trace / p : 1;
        var full = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                full[i][j] = lowerNormal[i][j];
                full[j][i] = lowerNormal[i][j];
            }
            full[i][i] += ridge;
        }
        var solver = new CholeskyDecomposition(MatrixUtils.createRealMatrix(full), 1e-12, 1e-14).getSolver();
        return solver.solve(MatrixUtils.createRealVector(rhs)).toArray();
    }
}
