package org.switchboard.engine.forecast.accuracy;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Computes the forecast-accuracy measures of {@code metrics.md} §7 (see {@link AccuracyMeasures} for each formula)
 * for a period, at interval or day level.
 *
 * <pre>{@code
 * var measures = ForecastAccuracy.measure(points, AccuracyLevel.DAY);
 * double wape = measures.wape().orElseThrow();
 * }</pre>
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {}

    /**
     * Measures a period at a level.
     *
     * @param points the intervals of the period, each with its forecast and actual
     * @param level {@link AccuracyLevel#INTERVAL} to compare interval by interval, {@link AccuracyLevel#DAY} to sum
     *     the intervals per day first
     * @return the measures; all empty when there are no points
     */
    public static AccuracyMeasures measure(List<AccuracyPoint> points, AccuracyLevel level) {
        var compared = level == AccuracyLevel.DAY ? byDay(points) : points;
        var forecast = new double[compared.size()];
        var actual = new double[compared.size()];
        for (int i = 0; i < forecast.length; i++) {
            forecast[i] = compared.get(i).forecast();
            actual[i] = compared.get(i).actual();
        }
        return measure(forecast, actual);
    }

    /**
     * Measures paired forecasts and actuals (metrics.md §7, measures 1–6 and the two parts of measure 6).
     *
     * @param forecast Fᵢ, each finite and at least 0
     * @param actual Aᵢ, same length
     * @return the measures, 0/0 as empty
     * @throws IllegalArgumentException if the lengths differ
     */
    public static AccuracyMeasures measure(double[] forecast, double[] actual) {
        requireArgument(
                forecast.length == actual.length,
                "forecast and actual differ in length: %d, %d",
                forecast.length,
                actual.length);
        double sumForecast = 0;
        double sumActual = 0;
        double over = 0;
        double under = 0;
        double sumPercentage = 0;
        double sumAbsolutePercentage = 0;
        int withActual = 0;
        for (int i = 0; i < forecast.length; i++) {
            double error = forecast[i] - actual[i];
            sumForecast += forecast[i];
            sumActual += actual[i];
            if (error > 0) {
                over += error;
            } else {
                under -= error;
            }
            if (actual[i] > 0) {
                sumPercentage += error / actual[i];
                sumAbsolutePercentage += Math.abs(error) / actual[i];
                withActual++;
            }
        }
        var periodError = ratio(sumForecast - sumActual, sumForecast);
        return new AccuracyMeasures(
                periodError,
                periodError.isPresent() ? OptionalDouble.of(Math.abs(periodError.getAsDouble())) : periodError,
                ratio(sumPercentage, withActual),
                ratio(sumAbsolutePercentage, withActual),
                ratio(sumForecast - sumActual, sumActual),
                ratio(over + under, sumActual),
                ratio(over, sumActual),
                ratio(-under, sumActual),
                forecast.length);
    }

    /**
     * Sums interval points per calendar day.
     *
     * @param points interval points, in any order
     * @return one point per day, at midnight, in date order
     */
    public static List<AccuracyPoint> byDay(List<AccuracyPoint> points) {
        var days = new TreeMap<LocalDate, double[]>();
        for (var point : points) {
            var sums = days.computeIfAbsent(point.start().toLocalDate(), day -> new double[2]);
            sums[0] += point.forecast();
            sums[1] += point.actual();
        }
        var result = new ArrayList<AccuracyPoint>(days.size());
        days.forEach((day, sums) -> result.add(new AccuracyPoint(day.atStartOfDay(), sums[0], sums[1])));
        return result;
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }
}
