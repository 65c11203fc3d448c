package org.switchboard.server.forecast.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.engine.forecast.accuracy.AccuracyMeasures;
import org.switchboard.server.forecast.accuracy.AccuracyReport;
import org.switchboard.server.forecast.versions.ForecastVersion;
import org.switchboard.server.forecast.versions.MethodScore;
import org.switchboard.server.forecast.versions.VersionInterval;

/**
 * The .xlsx exports (fastexcel): a forecast version (sheets {@code Version}, {@code Methods}, {@code Intervals}) and
 * an accuracy report (sheets {@code Version}, {@code Measures}, {@code Days}, {@code Intervals}). Column names are
 * fixed machine names; shares are fractions (0.05 for 5 %), interval starts local times of the centre. Text cells a
 * spreadsheet would read as a formula are neutralised ({@link SpreadsheetText}); an absent figure is an empty cell.
 */
final class ForecastWorkbooks {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ForecastWorkbooks() {}

    /** Writes a version with its method scores and intervals (planned and the method's figures). */
    static void version(ForecastVersion version, List<MethodScore> scores, List<VersionInterval> intervals,
            OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", "1.0");
        header(workbook, version);
        var methods = sheet(workbook, "Methods", "method", "backtest_wape", "backtest_daily_wape", "used");
        int row = 1;
        for (var score : scores) {
            cells(methods, row++, score.method(), number(score.wape()), number(score.dailyWape()),
                    score.method().equals(version.method()) ? "yes" : "no");
        }
        var sheet = sheet(workbook, "Intervals", "interval_start", "volume", "lower80", "upper80", "lower95",
                "upper95", "aht_seconds", "method_volume", "adjustment_percent");
        row = 1;
        for (var interval : intervals) {
            cells(sheet, row++, interval.start(), interval.plannedVolume(), interval.plannedLower80(),
                    interval.plannedUpper80(), interval.plannedLower95(), interval.plannedUpper95(),
                    number(interval.ahtSeconds()), interval.volume(), interval.adjustmentPercent());
        }
        workbook.finish();
    }

    /** Writes an accuracy report: the measures at both levels, the days and the compared intervals. */
    static void accuracy(AccuracyReport report, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", "1.0");
        header(workbook, report.version());
        var measures = sheet(workbook, "Measures", "measure", "interval_level", "day_level");
        var names = List.of("period_error", "absolute_period_error", "mean_percentage_error",
                "mean_absolute_percentage_error", "weighted_error", "wape", "over_forecast", "under_forecast");
        var byInterval = values(report.byInterval());
        var byDay = values(report.byDay());
        for (int i = 0; i < names.size(); i++) {
            cells(measures, i + 1, names.get(i), number(byInterval.get(i)), number(byDay.get(i)));
        }
        cells(measures, names.size() + 1, "points", report.byInterval().points(), report.byDay().points());
        var days = sheet(workbook, "Days", "day", "forecast", "actual", "error", "interval_wape",
                "interval_over_forecast", "interval_under_forecast");
        int row = 1;
        for (var day : report.days()) {
            cells(days, row++, day.day(), day.forecast(), day.actual(), number(day.error()),
                    number(day.intervals().wape()), number(day.intervals().overForecast()),
                    number(day.intervals().underForecast()));
        }
        var intervals = sheet(workbook, "Intervals", "interval_start", "forecast", "actual");
        row = 1;
        for (var point : report.points()) {
            cells(intervals, row++, point.start(), point.forecast(), point.actual());
        }
        workbook.finish();
    }

    /** {@return the workbook as a download named {@code fileName}} */
    static ResponseEntity<byte[]> download(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    private static void header(Workbook workbook, ForecastVersion version) {
        var sheet = sheet(workbook, "Version", "parameter", "value");
        var request = version.request();
        Object[][] rows = {
            {"version", version.id()}, {"queue", version.queue()}, {"interval_minutes", request.intervalMinutes()},
            {"first_day", version.firstDay()}, {"last_day", version.lastDay()},
            {"history_source", request.historySource().code()}, {"history_first_day", request.historyFirst()},
            {"history_last_day", request.historyLast()}, {"requested_method", request.requestedMethod()},
            {"method", version.method()}, {"fallback_reason", version.fallbackReason()},
            {"parameters", version.parameters()}, {"status", version.status().name()},
            {"created_by", version.createdBy()}, {"created_at", version.createdAt().toString()},
            {"published_by", version.publishedBy().orElse("")},
            {"published_at", version.publishedAt().map(Object::toString).orElse("")}
        };
        for (int i = 0; i < rows.length; i++) {
            cells(sheet, i + 1, rows[i]);
        }
    }

    private static List<OptionalDouble> values(AccuracyMeasures m) {
        return List.of(m.periodError(), m.absolutePeriodError(), m.meanPercentageError(),
                m.meanAbsolutePercentageError(), m.weightedError(), m.wape(), m.overForecast(), m.underForecast());
    }

    private static Worksheet sheet(Workbook workbook, String name, String... columns) {
        var sheet = workbook.newWorksheet(name);
        for (int column = 0; column < columns.length; column++) {
            sheet.value(0, column, columns[column]);
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        return sheet;
    }

    private static void cells(Worksheet sheet, int row, @Nullable Object... values) {
        for (int column = 0; column < values.length; column++) {
            switch (values[column]) {
                case null -> { }
                case Number number -> sheet.value(row, column, number);
                case LocalDateTime time -> {
                    sheet.value(row, column, time);
                    sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
                }
                case LocalDate day -> {
                    sheet.value(row, column, day);
                    sheet.style(row, column).format("yyyy-mm-dd").set();
                }
                case Object text -> sheet.value(row, column, SpreadsheetText.neutralise(text.toString()));
            }
        }
    }

    private static @Nullable Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
