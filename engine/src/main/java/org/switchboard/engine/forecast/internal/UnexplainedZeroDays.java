package org.switchboard.engine.forecast.internal;

import java.util.Arrays;

/**
 * Finds days with no contact at all on a weekday the centre usually works (an unlisted holiday or a feed outage): a
 * fully observed day with total 0 while the median total of the same weekday over the {@value #WEEKS} weeks before
 * and after is above 0. Such days are treated as missing when fitting, so they do not drag the forecast of a working
 * day towards zero.
 */
public final class UnexplainedZeroDays {

    static final int WEEKS = 4;

    private UnexplainedZeroDays() {}

    /**
     * Marks the days as unusable (NaN) in place.
     *
     * @param series the volumes to clean
     * @return the indices of the days marked
     */
    public static int[] exclude(Series series) {
        var totals = DailyTotals.of(series, series.size() / series.intervalsPerDay());
        var marked = new int[totals.length];
        int count = 0;
        var neighbours = new double[2 * WEEKS];
        for (int day = 0; day < totals.length; day++) {
            if (totals[day] != 0) {
                continue;
            }
            int found = 0;
            for (int k = -WEEKS; k <= WEEKS; k++) {
                int other = day + 7 * k;
                if (k != 0 && other >= 0 && other < totals.length && !Double.isNaN(totals[other])) {
                    neighbours[found++] = totals[other];
                }
            }
            if (found > 0 && median(neighbours, found) > 0) {
                marked[count++] = day;
            }
        }
        var y = series.volume();
        int ppd = series.intervalsPerDay();
        for (int i = 0; i < count; i++) {
            Arrays.fill(y, marked[i] * ppd, (marked[i] + 1) * ppd, Double.NaN);
        }
        return Arrays.copyOf(marked, count);
    }

    private static double median(double[] values, int count) {
        var sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
