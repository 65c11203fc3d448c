package org.switchboard.server.voice.api;

import java.time.YearMonth;
import java.util.List;
import org.switchboard.server.voice.QuestionReport;

/**
 * A question's figures in the REST API.
 *
 * @param code the question code
 * @param kind {@code CSAT}, {@code NPS}, {@code CES}, {@code ENPS} or {@code CUSTOM}
 * @param touchpoint the touchpoint
 * @param scale the scale, e.g. {@code 1-5}
 * @param metrics the metrics over the whole range, headline first
 * @param months per month: the metrics and the count of each answer
 */
public record QuestionJson(
        String code, String kind, String touchpoint, String scale, List<MetricJson> metrics, List<MonthJson> months) {

    /** {@return the report in the API's form} */
    static QuestionJson of(QuestionReport report) {
        var question = report.question();
        var months = report.monthly().entrySet().stream()
                .map(month -> new MonthJson(YearMonth.from(month.getKey()).toString(),
                        month.getValue().stream().map(MetricJson::of).toList(),
                        java.util.Arrays.stream(report.months().get(month.getKey()).counts()).boxed().toList()))
                .toList();
        return new QuestionJson(question.code(), question.kind().name(), question.touchpoint(),
                question.scale().toString(), report.figures().stream().map(MetricJson::of).toList(), months);
    }

    /**
     * One month of a question.
     *
     * @param month {@code yyyy-MM}
     * @param metrics the month's metrics
     * @param counts how many answers each point of the scale received, from its lowest point up
     */
    public record MonthJson(String month, List<MetricJson> metrics, List<Long> counts) {}
}
