package org.switchboard.engine.forecast.internal;

/** Daily totals of a series: the sum of a day's intervals, NaN when any of them is unusable. */
final class DailyTotals {

    private DailyTotals() {}

    /**
     * {@return the totals of the first {@code days} days}
     *
     * @param series the series
     * @param days how many days from the first
     */
    static double[] of(Series series, int days) {
        var y = series.volume();
        int ppd = series.intervalsPerDay();
        var totals = new double[days];
        for (int day = 0; day < days; day++) {
            double sum = 0;
            for (int i = day * ppd; i < (day + 1) * ppd; i++) {
                sum += y[i];
            }
            totals[day] = sum;
        }
        return totals;
    }
}
