package org.switchboard.engine.forecast.internal;

import java.util.Arrays;

/**
 * Exponential smoothing with an intraday and a weekly season: the double-seasonal Holt–Winters method of Taylor
 * (2003), in additive form without trend, with Taylor's first-order autoregressive adjustment of the one-step error.
 *
 * <pre>
 *   level     ℓ(t) = α·(y(t) − d(t−m₁) − w(t−m₂)) + (1 − α)·ℓ(t−1)
 *   intraday  d(t) = δ·(y(t) − ℓ(t) − w(t−m₂)) + (1 − δ)·d(t−m₁)
 *   weekly    w(t) = ω·(y(t) − ℓ(t) − d(t−m₁)) + (1 − ω)·w(t−m₂)
 *   forecast  ŷ(t+h | t) = ℓ(t) + d(t+h−m₁) + w(t+h−m₂) + φ^h·e(t),  e(t) = y(t) − (ℓ(t−1) + d(t−m₁) + w(t−m₂))
 * </pre>
 *
 * m₁ = intervals per day, m₂ = intervals per week (seasonal indices wrap within their season). Source: J. W. Taylor,
 * "Short-term electricity demand forecasting using double seasonal exponential smoothing", <i>Journal of the
 * Operational Research Society</i> 54 (2003) 799–805, eqs. (4)–(7) and §"Adjustment for first-order autocorrelation";
 * the additive form is eqs. (1)–(3) of Taylor, <i>IJF</i> 26 (2010) 627–646 §3.1. α, δ, ω ∈ [0, 1] and φ ∈ [0, 0.99]
 * minimise the sum of squared one-step errors over the training data ({@link CoordinateSearch}). Initial state:
 * ℓ = mean of the first week, w = mean deviation from it per interval of the week over the first two weeks, d = 0.
 * An unusable interval does not update the state (its error is taken as 0). The fit uses at most the last
 * {@value #MAX_WEEKS} weeks.
 */
public final class DoubleSeasonalSmoothing implements VolumeModel {

    static final int MAX_WEEKS = 52;

    @Override
    public double[] forecast(Series series, int origin, int horizon, boolean[] closed) {
        int week = series.week();
        int start = Math.max(0, origin - MAX_WEEKS * week);
        var state = new State(series, start);
        var parameters = CoordinateSearch.minimise(
                p -> state.run(series, start, origin, p),
                new double[] {0.05, 0.1, 0.1, 0.5},
                new double[] {0, 0, 0, 0},
                new double[] {1, 1, 1, 0.99});
        state.run(series, start, origin, parameters);
        var result = new double[horizon];
        double ar = state.error;
        for (int h = 0; h < horizon; h++) {
            int t = origin + h;
            ar *= parameters[3];
            double value = state.level + state.daily[t % series.intervalsPerDay()] + state.weekly[series.slotOfWeek(t)]
                    + ar;
            result[h] = Math.max(0, value);
        }
        return result;
    }

    /** The smoothing state, re-initialised on every run. */
    private static final class State {
        private final double initialLevel;
        private final double[] initialWeekly;
        private final double[] daily;
        private final double[] weekly;
        private double level;
        private double error;

        State(Series series, int start) {
            var y = series.volume();
            int week = series.week();
            double sum = 0;
            int count = 0;
            for (int t = start; t < Math.min(y.length, start + week); t++) {
                if (!Double.isNaN(y[t])) {
                    sum += y[t];
                    count++;
                }
            }
            initialLevel = count > 0 ? sum / count : 0;
            initialWeekly = new double[week];
            var seen = new int[week];
            for (int t = start; t < Math.min(y.length, start + 2 * week); t++) {
                if (!Double.isNaN(y[t])) {
                    initialWeekly[series.slotOfWeek(t)] += y[t] - initialLevel;
                    seen[series.slotOfWeek(t)]++;
                }
            }
            for (int s = 0; s < week; s++) {
                initialWeekly[s] = seen[s] > 0 ? initialWeekly[s] / seen[s] : 0;
            }
            daily = new double[series.intervalsPerDay()];
            weekly = new double[week];
        }

        /** Runs the recursions from {@code start} to {@code end} and returns the sum of squared one-step errors. */
        double run(Series series, int start, int end, double[] p) {
            double alpha = p[0];
            double delta = p[1];
            double omega = p[2];
            double phi = p[3];
            var y = series.volume();
            int ppd = series.intervalsPerDay();
            Arrays.fill(daily, 0);
            System.arraycopy(initialWeekly, 0, weekly, 0, weekly.length);
            level = initialLevel;
            error = 0;
            double sse = 0;
            for (int t = start; t < end; t++) {
                int sd = t % ppd;
                int sw = series.slotOfWeek(t);
                double base = level + daily[sd] + weekly[sw];
                double observed = y[t];
                if (Double.isNaN(observed)) {
                    error *= phi;
                    continue;
                }
                double oneStep = observed - base - phi * error;
                sse += oneStep * oneStep;
                double newLevel = alpha * (observed - daily[sd] - weekly[sw]) + (1 - alpha) * level;
                double oldDaily = daily[sd];
                daily[sd] = delta * (observed - newLevel - weekly[sw]) + (1 - delta) * oldDaily;
                weekly[sw] = omega * (observed - newLevel - oldDaily) + (1 - omega) * weekly[sw];
                level = newLevel;
                error = observed - base;
            }
            return sse;
        }
    }
}
