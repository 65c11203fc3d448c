package org.switchboard.server.voice.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.benchmark.Benchmark;
import org.switchboard.engine.voice.benchmark.Benchmarks;
import org.switchboard.server.voice.MetricFigure;
import org.switchboard.server.voice.QuestionReport;

/**
 * The data of the dashboard's charts, one entry per question, as {@code js/voice-dashboard.js} draws them: the monthly
 * metrics with their interval bands (percent or points), the stacked share of every answer per month (so a rising
 * mean cannot hide a growing bottom box), the mean as a secondary line, the NPS composition, and the built-in
 * benchmark levels that apply (COPC CSAT/CDSAT targets, CEB CES quartiles), converted to the question's scale by the
 * engine's benchmark comparison.
 */
final class VoiceCharts {

    private VoiceCharts() {}

    /** {@return the chart data of the reports; texts in the locale} */
    static List<Map<String, Object>> of(List<QuestionReport> reports, MessageSource messages, Locale locale) {
        var charts = new ArrayList<Map<String, Object>>();
        for (var report : reports) {
            var question = report.question();
            var months = new ArrayList<>(report.months().keySet());
            var chart = new LinkedHashMap<String, Object>();
            chart.put("code", question.code());
            chart.put("title", question.text(locale.toLanguageTag()));
            chart.put("kind", question.kind().name());
            chart.put("months", months.stream().map(m -> YearMonth.from(m).toString()).toList());
            chart.put("lines", lines(report, months, messages, locale));
            chart.put("distribution", distribution(report, months, locale));
            chart.put("mean", months.stream().map(m -> report.months().get(m).mean().stream().boxed()
                    .map(VoiceCharts::round).findFirst().orElse(null)).toList());
            if (question.kind() == QuestionKind.NPS || question.kind() == QuestionKind.ENPS) {
                chart.put("composition", composition(report, months));
            }
            chart.put("benchmarks", benchmarks(report, messages, locale));
            chart.put("names", Map.of(
                    "share", messages.getMessage("voice.chart.share", null, locale),
                    "points", messages.getMessage("voice.chart.points", null, locale),
                    "mean", messages.getMessage("voice.chart.mean", null, locale),
                    "lower", messages.getMessage("voice.chart.lower", null, locale),
                    "band", messages.getMessage("voice.chart.band", null, locale),
                    "promoters", messages.getMessage("voice.nps.promoters", null, locale),
                    "passives", messages.getMessage("voice.nps.passives", null, locale),
                    "detractors", messages.getMessage("voice.nps.detractors", null, locale)));
            charts.add(chart);
        }
        return charts;
    }

    private static List<Map<String, Object>> lines(QuestionReport report, List<LocalDate> months,
            MessageSource messages, Locale locale) {
        var lines = new ArrayList<Map<String, Object>>();
        for (int k = 0; k < report.figures().size(); k++) {
            int index = k;
            var metric = report.figures().get(k).metric();
            var line = new LinkedHashMap<String, Object>();
            line.put("metric", metric.slug());
            line.put("name", messages.getMessage("voice.metric." + metric.slug(), null, locale));
            line.put("netScore", metric.isNetScore());
            line.put("value", months.stream().map(m -> scaled(report.monthly().get(m).get(index), Part.VALUE)).toList());
            line.put("lower", months.stream().map(m -> scaled(report.monthly().get(m).get(index), Part.LOWER)).toList());
            line.put("upper", months.stream().map(m -> scaled(report.monthly().get(m).get(index), Part.UPPER)).toList());
            line.put("insufficient", months.stream()
                    .map(m -> report.monthly().get(m).get(index).status().name().equals("INSUFFICIENT_DATA")).toList());
            lines.add(line);
        }
        return lines;
    }

    private static Map<String, Object> distribution(QuestionReport report, List<LocalDate> months, Locale locale) {
        var question = report.question();
        var labels = question.labels().getOrDefault(locale.toLanguageTag(), question.labels().getOrDefault("en",
                Map.of()));
        var answers = new ArrayList<Map<String, Object>>();
        for (int answer = question.scale().min(); answer <= question.scale().max(); answer++) {
            int value = answer;
            var series = new LinkedHashMap<String, Object>();
            series.put("answer", answer);
            series.put("label", labels.containsKey(answer) ? answer + " " + labels.get(answer) : Integer.toString(answer));
            series.put("bottom", question.boxes().bottom().contains(answer));
            series.put("top", question.boxes().top().contains(answer));
            series.put("shares", months.stream().map(m -> share(report.months().get(m), value)).toList());
            answers.add(series);
        }
        return Map.of("answers", answers);
    }

    private static Map<String, Object> composition(QuestionReport report, List<LocalDate> months) {
        var promoters = new ArrayList<@Nullable Double>();
        var passives = new ArrayList<@Nullable Double>();
        var detractors = new ArrayList<@Nullable Double>();
        for (var month : months) {
            var score = report.monthly().get(month).getFirst().netScore();
            promoters.add(score.map(s -> round(100 * s.promoterShare())).orElse(null));
            passives.add(score.map(s -> round(100 * s.passiveShare())).orElse(null));
            detractors.add(score.map(s -> round(100 * s.detractorShare())).orElse(null));
        }
        return Map.of("promoters", promoters, "passives", passives, "detractors", detractors);
    }

    /** The built-in benchmarks of the question's kind: their levels in percent, each named and with its source. */
    static List<Map<String, Object>> benchmarks(QuestionReport report, MessageSource messages, Locale locale) {
        var list = new ArrayList<Map<String, Object>>();
        for (var benchmark : applicable(report.question().kind())) {
            for (var level : benchmark.levels()) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("benchmark", benchmark.id());
                entry.put("metric", benchmark.isTopBox() ? report.figures().getFirst().metric().slug()
                        : "cdsat");
                entry.put("label", messages.getMessage("voice.benchmark." + benchmark.id(), null, locale) + ": "
                        + messages.getMessage("voice.benchmark.level." + level.label().replace(' ', '-'), null,
                                locale) + " " + messages.getMessage("voice.bound." + level.bound().name(), null,
                                locale) + " " + String.format(locale, "%.1f %%", 100 * level.share()));
                entry.put("value", round(100 * level.share()));
                entry.put("source", benchmark.source());
                list.add(entry);
            }
        }
        return list;
    }

    /** {@return the built-in benchmarks that apply to a kind of question} */
    static List<Benchmark> applicable(QuestionKind kind) {
        return switch (kind) {
            case CSAT -> List.of(Benchmarks.copcCsat(), Benchmarks.copcCdsat());
            case CES -> List.of(Benchmarks.cebCes());
            default -> List.of();
        };
    }

    private static @Nullable Double share(AnswerDistribution answers, int answer) {
        return answers.isEmpty() ? null : round(100.0 * answers.count(answer) / answers.total());
    }

    private static @Nullable Double scaled(MetricFigure figure, Part part) {
        double factor = figure.metric().isNetScore() ? 1 : 100;
        return figure.estimate().map(e -> round(factor * switch (part) {
            case VALUE -> e.value();
            case LOWER -> e.lower();
            case UPPER -> e.upper();
        })).orElse(null);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private enum Part {
        VALUE,
        LOWER,
        UPPER
    }
}
