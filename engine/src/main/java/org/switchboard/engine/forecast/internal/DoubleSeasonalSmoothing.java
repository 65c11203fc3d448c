package org.switchboard.engine.forecast.internal;

import java.util.Arrays;

/**
 * Exponential smoothing with an intraday and a weekly season: the double-seasonal Holt–Winters method of Taylor
 * (2003), in additive form without trend.
 *
 * <pre>
 *   level     ℓ(t) = α·(y(t) − d(t−m₁) − w(t−m₂)) + (1 − α)·ℓ(t−1)
 *   intraday  d(t) = δ·(y(t) − ℓ(t) − w(t−m₂)) + (1 − δ)·d(t−m₁)
 *   weekly    w(t) = ω·(y(t) − ℓ(t) − d(t−m₁)) + (1 − ω)·w(t−m₂)
 *   forecast  ŷ(t+h | t) = ℓ(t) + d(t+h−m₁·k₁) + w(t+h−m₂·k₂)   (the latest season values of those intervals)
 * </pre>
 *
 * m₁ = intervals per day, m₂ = intervals per week. Source: J. W. Taylor, "Short-term electricity demand forecasting
 * using double seasonal exponential smoothing", <i>Journal of the Operational Research Society</i> 54 (2003)
 * 799–805, eqs. (4)–(7); the additive form is eqs. (1)–(3) of Taylor, <i>International Journal of Forecasting</i> 26
 * (2010) 627–646, §3.1.
 *
 * <p>Estimation: α, δ, ω ∈ [0, 1] minimise the squared errors of the forecasts issued at each midnight for the
 * intervals of that day, ŷ(t) = ℓ(midnight) + d(t−m₁) + w(t−m₂) (each season value of the day is still the one known
 * at midnight, since it is updated once a day or once a week), over the training data ({@link CoordinateSearch}).
 * Taylor fits one-step errors, which is right for lead times of minutes; this forecaster is used from midnight for
 * days ahead, where one-step fitting picks a level that follows intraday noise (on the bank series of
 * {@code docs/performance.md} it raised the out-of-sample daily WAPE from 12 % to 19 %), so the criterion matches the lead time used, as in
 * direct multi-step estimation (G. Chevillon, "Direct multi-step estimation and forecasting", <i>Journal of Economic
 * Surveys</i> 21 (2007) 746–785). Taylor's AR(1) adjustment of the one-step error is left out: at lead times of a day
 * its effect φ^h has died out. Initial state: ℓ = mean of the first week, w = mean deviation from it per interval of
 * the week over the first two weeks, d = 0. An unusable interval does not update the state. The fit uses at most the
 * last {@value #MAX_WEEKS} weeks.
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
                new double[] {0.05, 0.1, 0.1},
                new double[] {0, 0, 0},
                new double[] {1, 1, 1});
        state.run(series, start, origin, parameters);
        var result = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int t = origin + h;
            double value = state.level + state.daily[t % series.intervalsPerDay()] + state.weekly[series.slotOfWeek(t)];
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

        /** Runs the recursions from {@code start} to {@code end}; returns the sum of squared same-day errors. */
        double run(Series series, int start, int end, double[] p) {
            double alpha = p[0];
            double delta = p[1];
            double omega = p[2];
            var y = series.volume();
            int ppd = series.intervalsPerDay();
            Arrays.fill(daily, 0);
            System.arraycopy(initialWeekly, 0, weekly, 0, weekly.length);
            level = initialLevel;
            double midnightLevel = level;
            double sse = 0;
            for (int t = start; t < end; t++) {
                int sd = t % ppd;
                if (sd == 0) {
                    midnightLevel = level;
                }
                int sw = series.slotOfWeek(t);
                double observed = y[t];
                if (Double.isNaN(observed)) {
                    continue;
                }
                double sameDay = observed - (midnightLevel + daily[sd] + weekly[sw]);
                sse += sameDay * sameDay;
                double newLevel = alpha * (observed - daily[sd] - weekly[sw]) + (1 - alpha) * level;
                double oldDaily = daily[sd];
                daily[sd] = delta * (observed - newLevel - weekly[sw]) + (1 - delta) * oldDaily;
                weekly[sw] = omega * (observed - newLevel - oldDaily) + (1 - omega) * weekly[sw];
                level = newLevel;
            }
            return sse;
        }
    }
}
