package org.switchboard.server.forecast.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.server.forecast.versions.ForecastVersion;
import org.switchboard.server.forecast.versions.MethodScore;
import org.switchboard.server.forecast.versions.VersionInterval;

/**
 * A version's page tables: the methods' back-test scores in the engine's method order with the one used marked, and
 * the days with their planned and the method's contacts.
 *
 * @param methods one row per method back-tested
 * @param days one row per day forecast
 */
record VersionView(List<MethodRow> methods, List<DayTotal> days) {

    /**
     * A method's back-test score.
     *
     * @param method its command-line name
     * @param wape back-test WAPE of the intervals, written out
     * @param dailyWape back-test WAPE of the daily totals, written out
     * @param used whether it made the version's figures
     */
    record MethodRow(String method, String wape, String dailyWape, boolean used) {}

    /**
     * A day of the forecast.
     *
     * @param day the day
     * @param planned planned contacts (with manual adjustments), written out
     * @param method the method's contacts, written out
     * @param adjusted whether any interval of the day is adjusted
     */
    record DayTotal(LocalDate day, String planned, String method, boolean adjusted) {}

    /** {@return the tables of a version} */
    static VersionView of(
            ForecastVersion version, List<MethodScore> scores, List<VersionInterval> intervals, Figures figures) {
        var methods = scores.stream()
                .sorted(Comparator.comparingInt(score -> ForecastMethod.fromCliName(score.method())
                        .map(Enum::ordinal)
                        .orElse(Integer.MAX_VALUE)))
                .map(score -> new MethodRow(score.method(), figures.percent(score.wape()),
                        figures.percent(score.dailyWape()), score.method().equals(version.method())))
                .toList();
        var days = new TreeMap<LocalDate, double[]>();
        for (var interval : intervals) {
            var sums = days.computeIfAbsent(interval.start().toLocalDate(), day -> new double[3]);
            sums[0] += interval.plannedVolume();
            sums[1] += interval.volume();
            sums[2] += interval.adjustmentPercent() != 0 ? 1 : 0;
        }
        var totals = new ArrayList<DayTotal>();
        days.forEach((day, sums) -> totals.add(
                new DayTotal(day, figures.contacts(sums[0]), figures.contacts(sums[1]), sums[2] > 0)));
        return new VersionView(methods, totals);
    }
}
