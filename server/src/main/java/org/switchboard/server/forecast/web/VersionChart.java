package org.switchboard.server.forecast.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.forecast.versions.HistoryPoint;
import org.switchboard.server.forecast.versions.VersionInterval;

/**
 * What {@code js/forecast.js} draws on a version's page, serialised to JSON into the page: one category axis over the
 * history tail and the forecast, the history's contacts, the planned forecast (with manual adjustments) and its 80 %
 * and 95 % bands. A series is {@code null} where it has no value (the history over the forecast days and vice versa).
 *
 * @param labels interval starts, {@code yyyy-MM-dd HH:mm}
 * @param history contacts offered in the history
 * @param forecast planned contacts
 * @param lower80 lower end of the planned 80 % band
 * @param upper80 upper end of the planned 80 % band
 * @param lower95 lower end of the planned 95 % band
 * @param upper95 upper end of the planned 95 % band
 * @param names translated series names, by key
 */
record VersionChart(
        List<String> labels,
        List<@Nullable Double> history,
        List<@Nullable Double> forecast,
        List<@Nullable Double> lower80,
        List<@Nullable Double> upper80,
        List<@Nullable Double> lower95,
        List<@Nullable Double> upper95,
        Map<String, String> names) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@return the chart of a version's history tail and intervals} */
    static VersionChart of(List<HistoryPoint> history, List<VersionInterval> intervals, Map<String, String> names) {
        var labels = new ArrayList<String>();
        var past = new ArrayList<@Nullable Double>();
        var planned = new ArrayList<@Nullable Double>();
        var bands = List.<List<@Nullable Double>>of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (var point : history) {
            labels.add(LABEL.format(point.start()));
            past.add(rounded(point.volume()));
            planned.add(null);
            bands.forEach(band -> band.add(null));
        }
        for (var interval : intervals) {
            labels.add(LABEL.format(interval.start()));
            past.add(null);
            planned.add(rounded(interval.plannedVolume()));
            bands.get(0).add(rounded(interval.plannedLower80()));
            bands.get(1).add(rounded(interval.plannedUpper80()));
            bands.get(2).add(rounded(interval.plannedLower95()));
            bands.get(3).add(rounded(interval.plannedUpper95()));
        }
        return new VersionChart(labels, past, planned, bands.get(0), bands.get(1), bands.get(2), bands.get(3), names);
    }

    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
