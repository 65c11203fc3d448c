package org.switchboard.server.voice.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.switchboard.server.kpi.ExportTable;
import org.switchboard.server.kpi.ExportWriters;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.QuestionReport;
import org.switchboard.server.voice.SurveyFigures;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer-voice dashboard ({@value #DASHBOARD}): survey, months and filters; per question its metrics with
 * intervals, the mean as a secondary figure, the change between the last two months called by a test, the monthly
 * trend with interval bands, the stacked distribution of answers, the NPS composition and the benchmark levels; and its
 * .xlsx export ({@value #EXPORT}).
 */
@Controller
class VoiceDashboardController {

    /** The dashboard. */
    static final String DASHBOARD = "/customer-voice";

    /** The dashboard's figures as a workbook. */
    static final String EXPORT = "/customer-voice/export.xlsx";

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VoicePage page;
    private final SurveyFigures figures;
    private final MessageSource messages;
    private final JsonMapper json;

    VoiceDashboardController(VoicePage page, SurveyFigures figures, MessageSource messages, JsonMapper json) {
        this.page = page;
        this.figures = figures;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(DASHBOARD)
    String dashboard(@ModelAttribute VoiceRequest request, Model model, Locale locale) {
        var survey = page.survey(request, Audience.CUSTOMER);
        if (survey.isEmpty()) {
            return "voice/empty";
        }
        var filter = page.filter(survey.get(), request);
        page.addFilter(model, survey.get(), filter, Audience.CUSTOMER);
        var reports = figures.report(survey.get(), filter);
        model.addAttribute("questions", reports.stream().map(r -> QuestionView.of(r, messages, locale)).toList());
        model.addAttribute("benchmarks", BenchmarkView.of(reports, messages, locale));
        model.addAttribute("minimum", figures.target().forShares().required());
        model.addAttribute("hasAnswers", reports.stream().anyMatch(r -> !r.total().isEmpty()));
        model.addAttribute("chartJson", json.writeValueAsString(VoiceCharts.of(reports, messages, locale)));
        return "voice/dashboard";
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@ModelAttribute VoiceRequest request) throws IOException {
        var survey = page.survey(request, Audience.CUSTOMER).orElseThrow(() ->
                new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "no customer survey"));
        var filter = page.filter(survey, request);
        var reports = figures.report(survey, filter);
        var out = new ByteArrayOutputStream();
        ExportWriters.xlsx(List.of(metrics(reports), answers(reports)), "1.0", out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("customer-voice-" + survey.code() + "-" + YearMonth.from(filter.fromMonth())
                                + ".xlsx")
                        .build()
                        .toString())
                .body(out.toByteArray());
    }

    /** One row per question, metric and month ({@code all} for the whole range); shares as fractions 0–1. */
    static ExportTable metrics(List<QuestionReport> reports) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var report : reports) {
            for (int k = 0; k < report.figures().size(); k++) {
                rows.add(metricRow(report, "all", report.figures().get(k)));
                for (var month : report.monthly().entrySet()) {
                    rows.add(metricRow(report, YearMonth.from(month.getKey()).toString(), month.getValue().get(k)));
                }
            }
        }
        return new ExportTable("metrics", List.of("question", "touchpoint", "metric", "month", "value", "lower",
                "upper", "n", "status"), rows);
    }

    private static List<@Nullable Object> metricRow(QuestionReport report, String month,
            org.switchboard.server.voice.MetricFigure figure) {
        var row = new ArrayList<@Nullable Object>();
        row.add(report.question().code());
        row.add(report.question().touchpoint());
        row.add(figure.metric().slug());
        row.add(month);
        row.add(figure.estimate().map(e -> (Object) e.value()).orElse(null));
        row.add(figure.estimate().map(e -> (Object) e.lower()).orElse(null));
        row.add(figure.estimate().map(e -> (Object) e.upper()).orElse(null));
        row.add(figure.n());
        row.add(figure.status().name());
        return row;
    }

    /** One row per question, month and answer with its count: the distribution behind every figure. */
    static ExportTable answers(List<QuestionReport> reports) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var report : reports) {
            var scale = report.question().scale();
            report.months().forEach((month, answers) -> {
                for (int answer = scale.min(); answer <= scale.max(); answer++) {
                    rows.add(List.of(report.question().code(), YearMonth.from(month).toString(), answer,
                            answers.count(answer)));
                }
            });
        }
        return new ExportTable("answers", List.of("question", "month", "answer", "responses"), rows);
    }
}
