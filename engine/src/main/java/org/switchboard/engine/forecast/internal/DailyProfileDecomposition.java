package org.switchboard.engine.forecast.internal;

/**
 * Daily total × intraday profile. The daily totals Dⱼ are forecast by additive Holt–Winters with a weekly season and
 * no trend; the profile of a weekday is the share of each interval in the day over the last {@value #PROFILE_WEEKS}
 * usable days of that weekday (a ratio of sums, so busy days weigh more):
 *
 * <pre>
 *   level    ℓ(j) = α·(D(j) − s(j−7)) + (1 − α)·ℓ(j−1)
 *   weekday  s(j) = γ·(D(j) − ℓ(j)) + (1 − γ)·s(j−7)
 *   total    D̂(j) = max(0, ℓ(J) + s(j−7k))            (J = last training day, j−7k ≤ J)
 *   profile  p(wd, i) = Σ_days y(day, i) / Σ_days D(day)  over the last usable days of weekday wd
 *   forecast ŷ(j, i) = D̂(j) · p(weekday(j), i)
 * </pre>
 *
 * Sources: Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §8.3 (additive
 * Holt–Winters); the total × profile split is the "top-down" intraday approach of Gans, Koole &amp; Mandelbaum,
 * "Telephone call centers: tutorial, review, and research prospects", <i>MSOM</i> 5 (2003) §4.1. α, γ ∈ [0, 1]
 * minimise the one-step squared error of the totals ({@link CoordinateSearch}); a day is usable when all its
 * intervals are. Initial state: ℓ = mean total of the first two weeks, s = mean deviation per weekday.
 */
public final class DailyProfileDecomposition implements VolumeModel {

    static final int PROFILE_WEEKS = 6;

    @Override
    public double[] forecast(Series series, int origin, int horizon, boolean[] closed) {
        int ppd = series.intervalsPerDay();
        int days = origin / ppd;
        var totals = DailyTotals.of(series, days);
        var smoothing = new WeeklyTotals(series, totals);
        var parameters = CoordinateSearch.minimise(
                smoothing::run, new double[] {0.2, 0.1}, new double[] {0, 0}, new double[] {1, 1});
        smoothing.run(parameters);
        var profile = profiles(series, totals, days);
        var result = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int day = days + h / ppd;
            int weekday = series.weekday(day);
            double total = Math.max(0, smoothing.level + smoothing.season[weekday]);
            result[h] = total * profile[weekday][h % ppd];
        }
        return result;
    }

    private static double[][] profiles(Series series, double[] totals, int days) {
        var y = series.volume();
        int ppd = series.intervalsPerDay();
        var profile = new double[7][ppd];
        for (int weekday = 0; weekday < 7; weekday++) {
            double sumTotals = 0;
            int found = 0;
            for (int day = days - 1; day >= 0 && found < PROFILE_WEEKS; day--) {
                if (series.weekday(day) == weekday && !Double.isNaN(totals[day])) {
                    for (int i = 0; i < ppd; i++) {
                        profile[weekday][i] += y[day * ppd + i];
                    }
                    sumTotals += totals[day];
                    found++;
                }
            }
            for (int i = 0; i < ppd; i++) {
                profile[weekday][i] = sumTotals > 0 ? profile[weekday][i] / sumTotals : 0;
            }
        }
        return profile;
    }

    /** Additive Holt–Winters on daily totals, weekly season; the state after the last run stays readable. */
    private static final class WeeklyTotals {
        private final Series series;
        private final double[] totals;
        private final double initialLevel;
        private final double[] initialSeason = new double[7];
        private final double[] season = new double[7];
        private double level;

        WeeklyTotals(Series series, double[] totals) {
            this.series = series;
            this.totals = totals;
            double sum = 0;
            int count = 0;
            var perWeekday = new double[7];
            var seen = new int[7];
            for (int day = 0; day < Math.min(14, totals.length); day++) {
                if (!Double.isNaN(totals[day])) {
                    sum += totals[day];
                    count++;
                    perWeekday[series.weekday(day)] += totals[day];
                    seen[series.weekday(day)]++;
                }
            }
            initialLevel = count > 0 ? sum / count : 0;
            for (int weekday = 0; weekday < 7; weekday++) {
                initialSeason[weekday] = seen[weekday] > 0 ? perWeekday[weekday] / seen[weekday] - initialLevel : 0;
            }
        }

        double run(double[] p) {
            double alpha = p[0];
            double gamma = p[1];
            level = initialLevel;
            System.arraycopy(initialSeason, 0, season, 0, 7);
            double sse = 0;
            for (int day = 0; day < totals.length; day++) {
                double total = totals[day];
                if (Double.isNaN(total)) {
                    continue;
                }
                int weekday = series.weekday(day);
                double error = total - level - season[weekday];
                sse += error * error;
                double newLevel = alpha * (total - season[weekday]) + (1 - alpha) * level;
                season[weekday] = gamma * (total - newLevel) + (1 - gamma) * season[weekday];
                level = newLevel;
            }
            return sse;
        }
    }
}
