package org.switchboard.server.forecast.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.forecast.Forecasting;
import org.switchboard.server.forecast.accuracy.AccuracyReport;
import org.switchboard.server.forecast.accuracy.AccuracyReports;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accuracy page ({@value #ACCURACY}): the published versions with actuals per queue, and for a chosen stored
 * version the six measures of metrics.md §7 at day and interval level with their definitions, WAPE with its over- and
 * under-forecast parts, the daily error chart, the interval × day error heat-map and the tables per day and per
 * interval of the day; its .xlsx export ({@value #EXPORT}). A version without actuals yet says so, with no figures.
 */
@Controller
class AccuracyController {

    /** The page; {@code ?version=} chooses the version. */
    static final String ACCURACY = "/forecast/accuracy";

    /** The chosen version's report as an .xlsx workbook ({@code ?version=}). */
    static final String EXPORT = ACCURACY + "/export.xlsx";

    private final AccuracyReports reports;
    private final Forecasting forecasting;
    private final ForecastVersionStore versions;
    private final MessageSource messages;
    private final JsonMapper json;

    AccuracyController(
            AccuracyReports reports,
            Forecasting forecasting,
            ForecastVersionStore versions,
            MessageSource messages,
            JsonMapper json) {
        this.reports = reports;
        this.forecasting = forecasting;
        this.versions = versions;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(ACCURACY)
    String page(@RequestParam(name = "version", required = false) @Nullable Long version, Model model,
            Locale locale) {
        var overview = reports.publishedWithActuals();
        var figures = new Figures(messages, locale);
        model.addAttribute("overview", overview.stream().map(r -> AccuracyView.QueueRow.of(r, figures)).toList());
        model.addAttribute("versions", versions.latest(ForecastController.VERSIONS_LISTED));
        model.addAttribute("zone", forecasting.zone());
        AccuracyReport report = null;
        if (version != null) {
            report = reports.report(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } else if (!overview.isEmpty()) {
            report = overview.getFirst();
        }
        model.addAttribute("report", report);
        if (report != null && report.hasActuals()) {
            model.addAttribute("view", AccuracyView.of(report, figures));
            var names = new LinkedHashMap<String, String>();
            for (var key : List.of("daily-error", "error", "over", "under")) {
                names.put(key, messages.getMessage("forecast.accuracy.chart." + key, null, locale));
            }
            model.addAttribute("chartJson", json.writeValueAsString(AccuracyChart.of(report, names)));
        }
        return "forecast/accuracy";
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@RequestParam(name = "version") long version) throws IOException {
        var report = reports.report(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var out = new ByteArrayOutputStream();
        ForecastWorkbooks.accuracy(report, out);
        return ForecastWorkbooks.download(out.toByteArray(), "forecast-accuracy-" + version + ".xlsx");
    }
}
