package org.switchboard.server.kpi.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.interactions.facts.PeriodGrid;
import org.switchboard.server.kpi.dashboard.DashboardFigures;
import org.switchboard.server.kpi.dashboard.HeatMap;

/**
 * What {@code js/kpi-dashboard.js} draws, serialised to JSON into the page: the time series with bucket labels in the
 * centre's zone, the two heat-maps as {@code [column, row, value]} triples with their column and row labels, and the
 * translated series names. Shares are in percent, times in seconds; a missing figure is {@code null}.
 *
 * @param series the time series
 * @param heat the heat-maps
 * @param names translated names of the series and maps, by key
 */
record ChartData(SeriesData series, HeatData heat, Map<String, String> names) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final int INTERVALS_PER_DAY = 96;

    /**
     * The series.
     *
     * @param labels bucket labels
     * @param offered contacts offered
     * @param answered contacts answered
     * @param abandoned contacts abandoned
     * @param serviceLevel service level in percent
     * @param asa ASA in seconds
     * @param abandonRate abandonment rate in percent
     * @param aht AHT in seconds
     */
    record SeriesData(
            List<String> labels,
            List<Long> offered,
            List<Long> answered,
            List<Long> abandoned,
            List<@Nullable Double> serviceLevel,
            List<@Nullable Double> asa,
            List<@Nullable Double> abandonRate,
            List<@Nullable Double> aht) {}

    /**
     * The heat-maps.
     *
     * @param byDate whether the columns are dates (else weekdays)
     * @param columns column labels
     * @param rows row labels, 00:00 to 23:45
     * @param serviceLevel {@code [column, row, percent]} cells
     * @param volume {@code [column, row, contacts]} cells
     */
    record HeatData(
            boolean byDate, List<String> columns, List<String> rows, List<double[]> serviceLevel, List<double[]> volume) {}

    /** {@return the chart data of the figures} */
    static ChartData of(DashboardFigures figures, ZoneId zone, Locale locale, Map<String, String> names) {
        var series = figures.series();
        var labels = series.starts().stream()
                .map(start -> start.atZone(zone))
                .map(local -> switch (series.unit()) {
                    case DAY, WEEK, MONTH -> DAY.format(local);
                    default -> figures.filter().period().days() == 1 ? TIME.format(local) : DAY_AND_TIME.format(local);
                })
                .toList();
        var seriesData = new SeriesData(labels, series.offered(), series.answered(), series.abandoned(),
                percent(series.serviceLevel()), series.asaSeconds(), percent(series.abandonRate()), series.ahtSeconds());
        var period = figures.filter().period();
        var columns = new ArrayList<String>();
        if (figures.serviceLevelMap().byDate()) {
            period.first().datesUntil(period.last().plusDays(1)).forEach(day -> columns.add(DAY.format(day)));
        } else {
            for (var day : DayOfWeek.values()) {
                columns.add(day.getDisplayName(TextStyle.SHORT, locale));
            }
        }
        var rows = new ArrayList<String>();
        for (int row = 0; row < INTERVALS_PER_DAY; row++) {
            rows.add(TIME.format(LocalTime.MIDNIGHT.plusMinutes(15L * row)));
        }
        var heat = new HeatData(figures.serviceLevelMap().byDate(), columns, rows,
                cells(figures.serviceLevelMap(), 100), cells(figures.volumeMap(), 1));
        return new ChartData(seriesData, heat, names);
    }

    /** {@return the series' unit as the page names it} */
    static String unitKey(PeriodGrid.Unit unit) {
        return "kpi.series.unit." + unit.name().toLowerCase(Locale.ROOT);
    }

    private static List<@Nullable Double> percent(List<@Nullable Double> shares) {
        var out = new ArrayList<@Nullable Double>(shares.size());
        for (var share : shares) {
            out.add(share == null ? null : Math.round(share * 10_000) / 100.0);
        }
        return out;
    }

    private static List<double[]> cells(HeatMap map, double scale) {
        return map.cells().stream()
                .map(cell -> new double[] {cell.column(), cell.row(), Math.round(cell.value() * scale * 100) / 100.0})
                .toList();
    }
}
