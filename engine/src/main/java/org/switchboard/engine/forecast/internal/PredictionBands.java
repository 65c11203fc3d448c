package org.switchboard.engine.forecast.internal;

import java.util.Arrays;

/**
 * Prediction intervals from empirical quantiles of standardised back-test errors z = (A − F)/√(F + 1), by horizon
 * week: the bounds of a forecast F are F + q·√(F + 1) for the 2.5 %, 10 %, 90 % and 97.5 % quantiles q of the errors
 * of its horizon week, clipped so that 0 ≤ lower95 ≤ lower80 ≤ F ≤ upper80 ≤ upper95. The √(F + 1) scale is the
 * Poisson standard deviation (plus one so that quiet intervals keep a band); the empirical quantiles take up the
 * over-dispersion and the method's own bias. This is the empirical method of Williams &amp; Goodman, "A simple method
 * for the construction of empirical confidence limits for economic forecasts", <i>JASA</i> 66 (1971) 752–754, on a
 * variance-stabilised scale. A week with fewer than {@value #MIN_ERRORS} errors uses all weeks pooled; with none at
 * all, the Poisson normal quantiles ±1.2816 and ±1.96 are used.
 */
public final class PredictionBands {

    static final int MIN_ERRORS = 50;
    private static final double[] POISSON = {-1.959964, -1.281552, 1.281552, 1.959964};
    private static final double[] LEVELS = {0.025, 0.10, 0.90, 0.975};

    private final double[][] quantiles;

    private PredictionBands(double[][] quantiles) {
        this.quantiles = quantiles;
    }

    /** {@return bands from the Poisson normal approximation, for a forecast without a back-test} */
    public static PredictionBands poisson() {
        return new PredictionBands(new double[][] {POISSON});
    }

    static PredictionBands fromErrors(double[][] byWeek) {
        var pooled = Arrays.stream(byWeek).flatMapToDouble(Arrays::stream).sorted().toArray();
        if (pooled.length < MIN_ERRORS) {
            return poisson();
        }
        var quantiles = new double[byWeek.length][];
        for (int b = 0; b < byWeek.length; b++) {
            var sorted = byWeek[b].length >= MIN_ERRORS ? byWeek[b].clone() : pooled;
            Arrays.sort(sorted);
            quantiles[b] = new double[LEVELS.length];
            for (int q = 0; q < LEVELS.length; q++) {
                quantiles[b][q] = quantile(sorted, LEVELS[q]);
            }
        }
        return new PredictionBands(quantiles);
    }

    /**
     * {@return lower95, lower80, upper80, upper95 of one forecast}
     *
     * @param forecast the point forecast F ≥ 0
     * @param horizonWeek the 0-based week of the horizon the interval falls in
     */
    public double[] bounds(double forecast, int horizonWeek) {
        var q = quantiles[Math.min(horizonWeek, quantiles.length - 1)];
        double scale = Math.sqrt(forecast + 1);
        double lower80 = Math.clamp(forecast + q[1] * scale, 0, forecast);
        double lower95 = Math.clamp(forecast + q[0] * scale, 0, lower80);
        double upper80 = Math.max(forecast, forecast + q[2] * scale);
        double upper95 = Math.max(upper80, forecast + q[3] * scale);
        return new double[] {lower95, lower80, upper80, upper95};
    }

    /** Type 7 quantile of R / Hyndman &amp; Fan (1996): linear interpolation between order statistics. */
    private static double quantile(double[] sorted, double level) {
        double position = level * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
