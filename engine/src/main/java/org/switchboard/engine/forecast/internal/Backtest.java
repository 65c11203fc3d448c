package org.switchboard.engine.forecast.internal;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Rolling-origin back-test of one method (Tashman, "Out-of-sample tests of forecasting accuracy", <i>IJF</i> 16
 * (2000) 437–450): from each origin the method learns only the earlier intervals and forecasts the horizon, closed
 * intervals (learnt at that origin) are set to 0, and the errors against the usable actuals are pooled into WAPE,
 * Σ|F − A| / ΣA (metrics.md §7, measure 6), at interval level and at daily level (days whose every interval is
 * usable). The standardised errors (A − F)/√(F + 1) of the open intervals are kept, by horizon week, for the
 * prediction intervals ({@link PredictionBands}).
 */
public final class Backtest {

    private double intervalError;
    private double intervalActual;
    private double dayError;
    private double dayActual;
    private int origins;
    private final double[][] errors;
    private final int[] errorCount;

    private Backtest(int buckets) {
        errors = new double[buckets][64];
        errorCount = new int[buckets];
    }

    /**
     * Runs the back-test.
     *
     * @param model the method
     * @param series the volumes
     * @param originDays the origins, as day indices; each must leave at least one day of data after it
     * @param horizonDays days forecast from each origin (cut at the end of the data)
     * @return the pooled result
     */
    public static Backtest run(VolumeModel model, Series series, int[] originDays, int horizonDays) {
        int ppd = series.intervalsPerDay();
        var result = new Backtest((horizonDays + 6) / 7);
        for (int originDay : originDays) {
            int origin = originDay * ppd;
            int horizon = Math.min(horizonDays * ppd, series.size() - origin);
            var closed = ClosedSlots.learn(series, origin);
            var forecast = model.forecast(series, origin, horizon, closed);
            for (int h = 0; h < horizon; h++) {
                if (closed[series.slotOfWeek(origin + h)]) {
                    forecast[h] = 0;
                }
            }
            result.score(series, origin, forecast, closed);
            result.origins++;
        }
        return result;
    }

    private void score(Series series, int origin, double[] forecast, boolean[] closed) {
        var y = series.volume();
        int ppd = series.intervalsPerDay();
        for (int day = 0; day < forecast.length / ppd; day++) {
            double dayForecast = 0;
            double daySum = 0;
            for (int i = day * ppd; i < (day + 1) * ppd; i++) {
                double actual = y[origin + i];
                daySum += actual;
                dayForecast += forecast[i];
                if (Double.isNaN(actual)) {
                    continue;
                }
                intervalError += Math.abs(forecast[i] - actual);
                intervalActual += actual;
                if (!closed[series.slotOfWeek(origin + i)]) {
                    keepError(i / series.week(), (actual - forecast[i]) / Math.sqrt(forecast[i] + 1));
                }
            }
            if (!Double.isNaN(daySum)) {
                dayError += Math.abs(dayForecast - daySum);
                dayActual += daySum;
            }
        }
    }

    private void keepError(int bucket, double error) {
        if (errorCount[bucket] == errors[bucket].length) {
            errors[bucket] = Arrays.copyOf(errors[bucket], errorCount[bucket] * 2);
        }
        errors[bucket][errorCount[bucket]++] = error;
    }

    /** {@return Σ|F − A| / ΣA over the intervals, empty when ΣA = 0} */
    public OptionalDouble intervalWape() {
        return intervalActual > 0 ? OptionalDouble.of(intervalError / intervalActual) : OptionalDouble.empty();
    }

    /** {@return Σ|F − A| / ΣA over the whole days, empty when ΣA = 0} */
    public OptionalDouble dailyWape() {
        return dayActual > 0 ? OptionalDouble.of(dayError / dayActual) : OptionalDouble.empty();
    }

    /** {@return the number of origins run} */
    public int origins() {
        return origins;
    }

    /** {@return the prediction intervals from the kept errors} */
    public PredictionBands bands() {
        var kept = new double[errors.length][];
        for (int b = 0; b < errors.length; b++) {
            kept[b] = Arrays.copyOf(errors[b], errorCount[b]);
        }
        return PredictionBands.fromErrors(kept);
    }
}
