package org.switchboard.bench.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.HistoryRow;
import org.switchboard.engine.forecast.IntervalHistory;

/**
 * A seeded year of 15-minute history for speed benchmarks: Poisson arrivals with a rate that has an intraday shape
 * (open 07:00–22:00, peaks late morning and early afternoon), a weekday factor (Saturday lower, Sunday closed) and a
 * yearly swing of ±10 %; AHT around 300 s. Only its size and shape matter for speed; accuracy is measured on real
 * and demo data ({@link ForecastAccuracyReport}).
 */
final class SyntheticYear {

    private static final double[] WEEKDAY = {1.15, 1.0, 0.95, 0.95, 0.9, 0.5, 0};

    private SyntheticYear() {}

    /**
     * {@return 364 days of 15-minute history from Monday 6 January 2025}
     *
     * @param seed the seed of the arrivals
     */
    static IntervalHistory history(long seed) {
        var random = new SplittableRandom(seed);
        var first = LocalDate.of(2025, 1, 6);
        var rows = new ArrayList<HistoryRow>(364 * 96);
        for (int day = 0; day < 364; day++) {
            double season = 1 + 0.1 * Math.sin(2 * Math.PI * day / 364);
            for (int slot = 0; slot < 96; slot++) {
                double hour = slot / 4.0;
                double shape = hour >= 7 && hour < 22
                        ? 0.4 + Math.exp(-Math.pow((hour - 10.5) / 2, 2)) + 0.8 * Math.exp(-Math.pow((hour - 15) / 2.5, 2))
                        : 0;
                double rate = 40 * WEEKDAY[day % 7] * season * shape;
                double volume = poisson(random, rate);
                var aht = volume > 0 ? OptionalDouble.of(300 + 40 * random.nextGaussian()) : OptionalDouble.empty();
                rows.add(new HistoryRow(first.plusDays(day).atStartOfDay().plusMinutes(15L * slot), volume, aht));
            }
        }
        return HistoryReader.fromRows(rows, "synthetic", 15).history().orElseThrow();
    }

    /** Poisson variate: inversion below a mean of 30, the rounded normal approximation above. */
    private static double poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
