package org.switchboard.engine.forecast.internal;

/**
 * Seasonal naive: the forecast of an interval is the volume of the same interval of the week in the last week before
 * the origin where it is usable.
 *
 * <pre>  ŷ(T+h) = y(T+h − k·W),  k = the smallest whole number ≥ ⌈h/W⌉ with y(T+h − k·W) usable </pre>
 *
 * W = intervals per week. Source: Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * §5.2 "Seasonal naïve method". An interval never observed is forecast as 0.
 */
public final class SeasonalNaive implements VolumeModel {

    @Override
    public double[] forecast(Series series, int origin, int horizon, boolean[] closed) {
        var y = series.volume();
        int week = series.week();
        var result = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int k = origin + h - week * (h / week + 1);
            while (k >= 0 && Double.isNaN(y[k])) {
                k -= week;
            }
            result[h] = k >= 0 ? y[k] : 0;
        }
        return result;
    }
}
