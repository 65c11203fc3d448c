package org.switchboard.engine.forecast.internal;

/**
 * Weighted average of the same interval of the week over the last {@value #WEEKS} weeks in which it is usable, the
 * most recent week weighing most:
 *
 * <pre>  ŷ(T+h) = Σₖ wₖ·y(T+h − k·W) / Σₖ wₖ,  wₖ = N − j + 1 for the j-th usable week back (j = 1…N) </pre>
 *
 * W = intervals per week, N = {@value #WEEKS}. Linear weights are the usual "weighted moving average" of workforce
 * planning texts (e.g. Cleveland, <i>Call Center Management on Fast Forward</i>, 3rd ed., ch. 5); averaging several
 * weeks removes most of the Poisson noise that seasonal naive copies.
 */
public final class WeekdayAverage implements VolumeModel {

    /** How many usable weeks are averaged. */
    static final int WEEKS = 6;

    @Override
    public double[] forecast(Series series, int origin, int horizon, boolean[] closed) {
        var y = series.volume();
        int week = series.week();
        var result = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double sum = 0;
            double weights = 0;
            int found = 0;
            for (int k = origin + h - week * (h / week + 1); k >= 0 && found < WEEKS; k -= week) {
                if (!Double.isNaN(y[k])) {
                    double w = WEEKS - found;
                    sum += w * y[k];
                    weights += w;
                    found++;
                }
            }
            result[h] = weights > 0 ? sum / weights : 0;
        }
        return result;
    }
}
