package org.switchboard.server.forecast.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.switchboard.engine.forecast.accuracy.AccuracyMeasures;
import org.switchboard.server.forecast.accuracy.AccuracyReport;
import org.switchboard.server.forecast.versions.ForecastVersion;

/**
 * The accuracy page's tables written out: the measures of metrics.md §7 at day and at interval level, the rows per
 * day and per interval of the day, and the per-queue overview.
 *
 * @param measures one row per measure, in the order of §7, then the two parts of the WAPE
 * @param days one row per compared day
 * @param times one row per interval of the day
 */
record AccuracyView(List<MeasureRow> measures, List<DayRow> days, List<TimeRow> times) {

    /** The measures of §7 by their message key, with how to read each from the engine's figures. */
    private static final List<Measure> MEASURES = List.of(
            new Measure("period-error", AccuracyMeasures::periodError, true),
            new Measure("absolute-period-error", AccuracyMeasures::absolutePeriodError, false),
            new Measure("mean-percentage-error", AccuracyMeasures::meanPercentageError, true),
            new Measure("mape", AccuracyMeasures::meanAbsolutePercentageError, false),
            new Measure("weighted-error", AccuracyMeasures::weightedError, true),
            new Measure("wape", AccuracyMeasures::wape, false),
            new Measure("over", AccuracyMeasures::overForecast, true),
            new Measure("under", AccuracyMeasures::underForecast, true));

    private record Measure(String key, Function<AccuracyMeasures, OptionalDouble> value, boolean signed) {}

    /**
     * One measure.
     *
     * @param key the measure's message key suffix ({@code forecast.measure.<key>})
     * @param day its value with days as points
     * @param interval its value with intervals as points
     * @param recommended whether it is the recommended WAPE
     * @param part whether it is one of the WAPE's two parts
     */
    record MeasureRow(String key, String day, String interval, boolean recommended, boolean part) {}

    /**
     * One day.
     *
     * @param day the day
     * @param forecast planned contacts
     * @param actual contacts offered
     * @param error signed error of the day
     * @param over the day's intervals' over-forecast part
     * @param under their under-forecast part
     * @param wape their WAPE
     * @param overForecast whether the day was over-forecast
     */
    record DayRow(LocalDate day, String forecast, String actual, String error, String over, String under, String wape,
            boolean overForecast) {}

    /**
     * One interval of the day over the compared days.
     *
     * @param time its start time
     * @param forecast planned contacts
     * @param actual contacts offered
     * @param wape WAPE of its points
     * @param over over-forecast part
     * @param under under-forecast part
     */
    record TimeRow(LocalTime time, String forecast, String actual, String wape, String over, String under) {}

    /**
     * One published version in the per-queue overview.
     *
     * @param version the version
     * @param wape WAPE with days as points
     * @param over its over-forecast part
     * @param under its under-forecast part
     * @param intervalWape WAPE with intervals as points
     * @param days the days compared
     */
    record QueueRow(ForecastVersion version, String wape, String over, String under, String intervalWape, int days) {

        static QueueRow of(AccuracyReport report, Figures figures) {
            var byDay = report.byDay();
            return new QueueRow(report.version(), figures.percent(byDay.wape()), figures.signed(byDay.overForecast()),
                    figures.signed(byDay.underForecast()), figures.percent(report.byInterval().wape()), byDay.points());
        }
    }

    /** {@return the tables of a report} */
    static AccuracyView of(AccuracyReport report, Figures figures) {
        var measures = MEASURES.stream()
                .map(m -> new MeasureRow(m.key(), value(m, report.byDay(), figures),
                        value(m, report.byInterval(), figures), m.key().equals("wape"),
                        m.key().equals("over") || m.key().equals("under")))
                .toList();
        var days = report.days().stream()
                .map(d -> new DayRow(d.day(), figures.contacts(d.forecast()), figures.contacts(d.actual()),
                        figures.signed(d.error()), figures.signed(d.intervals().overForecast()),
                        figures.signed(d.intervals().underForecast()), figures.percent(d.intervals().wape()),
                        d.forecast() > d.actual()))
                .toList();
        var times = report.times().stream()
                .map(t -> new TimeRow(t.time(), figures.contacts(t.forecast()), figures.contacts(t.actual()),
                        figures.percent(t.measures().wape()), figures.signed(t.measures().overForecast()),
                        figures.signed(t.measures().underForecast())))
                .toList();
        return new AccuracyView(measures, days, times);
    }

    private static String value(Measure measure, AccuracyMeasures measures, Figures figures) {
        var value = measure.value().apply(measures);
        return measure.signed() ? figures.signed(value) : figures.percent(value);
    }
}
