package org.switchboard.server.forecast.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.forecast.accuracy.AccuracyLevel;
import org.switchboard.engine.forecast.accuracy.ForecastAccuracy;
import org.switchboard.server.forecast.accuracy.AccuracyReport;

/**
 * What {@code js/forecast.js} draws on the accuracy page, serialised to JSON: the signed error of each day in percent
 * (measure 5 of the day, Σ(F − A)/ΣA; positive = over-forecast), and the interval × day heat-map of the signed error
 * of each interval, as {@code [column, row, percent]} cells. An interval or day without contacts has no percentage
 * error and no cell ({@code null} in the daily series).
 *
 * @param days day labels
 * @param dailyError signed daily error in percent
 * @param columns heat-map column labels (days)
 * @param rows heat-map row labels (interval start times)
 * @param cells heat-map cells
 * @param names translated names, by key
 */
record AccuracyChart(
        List<String> days,
        List<@Nullable Double> dailyError,
        List<String> columns,
        List<String> rows,
        List<double[]> cells,
        Map<String, String> names) {

    /** {@return the chart data of a report} */
    static AccuracyChart of(AccuracyReport report, Map<String, String> names) {
        var days = new ArrayList<String>();
        var errors = new ArrayList<@Nullable Double>();
        for (var day : report.days()) {
            days.add(day.day().toString());
            errors.add(day.error().isPresent() ? percent(day.error().getAsDouble()) : null);
        }
        var dates = new TreeSet<LocalDate>();
        var times = new TreeSet<LocalTime>();
        report.points().forEach(point -> {
            dates.add(point.start().toLocalDate());
            times.add(point.start().toLocalTime());
        });
        var dateList = List.copyOf(dates);
        var timeList = List.copyOf(times);
        var cells = new ArrayList<double[]>();
        for (var point : report.points()) {
            var error = ForecastAccuracy.measure(List.of(point), AccuracyLevel.INTERVAL).weightedError();
            if (error.isPresent()) {
                cells.add(new double[] {dateList.indexOf(point.start().toLocalDate()),
                        timeList.indexOf(point.start().toLocalTime()), percent(error.getAsDouble())});
            }
        }
        return new AccuracyChart(days, errors, dateList.stream().map(LocalDate::toString).toList(),
                timeList.stream().map(LocalTime::toString).toList(), cells, names);
    }

    private static double percent(double share) {
        return Math.round(share * 10_000) / 100.0;
    }
}
