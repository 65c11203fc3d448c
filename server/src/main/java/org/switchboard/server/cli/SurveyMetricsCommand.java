package org.switchboard.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.IntervalMethod;
import org.switchboard.engine.voice.IntervalSettings;
import org.switchboard.engine.voice.MetricEstimate;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.VoiceMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard survey metrics}: the metrics of one answer column of a CSV file with their confidence intervals
 * (metrics.md §4). One JSON document:
 * <pre>
 * {"file", "column", "scale", "metric", "top", "bottom", "confidence", "method", "population", "n",
 *  "distribution": {"1": count, …},
 *  "metrics": [{"name", "box", "value", "lower", "upper", "n"}, …],
 *  "rejected": [{"file", "line", "field", "value", "reason"}, …]}
 * </pre>
 * {@code --metric csat} gives {@code csat} and {@code cdsat} (always both) and the {@code mean}; {@code nps} and
 * {@code enps} give the score in points −100…100 with {@code promoters}, {@code passives}, {@code detractors} as
 * shares; {@code ces} gives {@code ces} and the {@code mean}. Shares are fractions 0–1; with no valid answer, value,
 * lower and upper are {@code null} and n is 0. Bad lines are skipped and listed; exit code 0. Bad arguments: exit code
 * 2, one line.
 */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "CSAT and CDSAT, NPS, CES or eNPS with confidence intervals from one answer column of a CSV file.",
            "Shares are fractions 0-1, NPS is in points; lines with a bad answer are listed with line, field and"
                    + " reason."
        })
final class SurveyMetricsCommand extends SurveySubcommand {

    @Option(names = "--file", required = true, paramLabel = "ANSWERS.csv", description = "CSV file with a header row.")
    Path file = Path.of("");

    @Option(names = "--column", required = true, paramLabel = "NAME", description = "Header of the answer column.")
    String column = "";

    @Option(names = "--scale", required = true, paramLabel = "MIN-MAX", description = "Answer scale, e.g. 1-5 or 0-10.")
    String scale = "";

    @Option(
            names = "--metric",
            paramLabel = "csat|nps|ces|enps",
            defaultValue = "csat",
            description = "What the question measures (default: ${DEFAULT-VALUE}).")
    String metric = "";

    @Option(
            names = "--top",
            paramLabel = "K..",
            description = "Top box, e.g. 4.. (default: per metric, metrics.md section 4).")
    @Nullable String top;

    @Option(names = "--bottom", paramLabel = "..K", description = "Bottom box, e.g. ..1 (default: per metric).")
    @Nullable String bottom;

    @Option(names = "--population", paramLabel = "N", description = "Size of the population surveyed, for the FPC.")
    @Nullable Long population;

    @Option(
            names = "--confidence",
            paramLabel = "LEVEL",
            defaultValue = "0.95",
            description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(
            names = "--method",
            paramLabel = "wilson|normal",
            defaultValue = "wilson",
            description = "Interval of shares (default: ${DEFAULT-VALUE}); NPS always uses the normal interval.")
    String method = "";

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            defaultValue = ",",
            description = "Field separator of the file (default: ${DEFAULT-VALUE}).")
    char delimiter;

    @Override
    Map<String, @Nullable Object> document() {
        var answerScale = Scale.parse(scale);
        var kind = kind();
        var boxes = boxes(kind, answerScale);
        var settings = new IntervalSettings(
                confidence,
                intervalMethod(),
                population == null ? OptionalLong.empty() : OptionalLong.of(population));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read file: " + file);
        }
        var answers = AnswerColumn.read(file, column, delimiter, answerScale);
        var distribution = answers.distribution();
        if (population != null && population < distribution.total()) {
            throw new IllegalArgumentException("--population " + population + " is smaller than the "
                    + distribution.total() + " valid answers in " + file);
        }
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("file", file.toString());
        fields.put("column", column);
        fields.put("scale", answerScale.toString());
        fields.put("metric", metric.strip().toLowerCase(Locale.ROOT));
        fields.put("top", boxes.top().toString());
        fields.put("bottom", boxes.bottom().toString());
        fields.put("confidence", confidence);
        fields.put("method", settings.method().name().toLowerCase(Locale.ROOT));
        fields.put("population", population);
        fields.put("n", distribution.total());
        var counts = new LinkedHashMap<String, Long>();
        for (int answer = answerScale.min(); answer <= answerScale.max(); answer++) {
            counts.put(Integer.toString(answer), distribution.count(answer));
        }
        fields.put("distribution", counts);
        fields.put("metrics", metrics(kind, distribution, boxes, settings));
        fields.put("rejected", answers.problems().stream().map(ReportDocument::problemFields).toList());
        return fields;
    }

    private QuestionKind kind() {
        return switch (metric.strip().toLowerCase(Locale.ROOT)) {
            case "csat" -> QuestionKind.CSAT;
            case "nps" -> QuestionKind.NPS;
            case "ces" -> QuestionKind.CES;
            case "enps" -> QuestionKind.ENPS;
            default -> throw new IllegalArgumentException("--metric must be csat, nps, ces or enps: " + metric);
        };
    }

    private IntervalMethod intervalMethod() {
        return switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "wilson" -> IntervalMethod.WILSON;
            case "normal" -> IntervalMethod.NORMAL;
            default -> throw new IllegalArgumentException("--method must be wilson or normal: " + method);
        };
    }

    private Boxes boxes(QuestionKind kind, Scale answerScale) {
        var boxes = kind.defaultBoxes(answerScale);
        try {
            if (top != null) {
                boxes = boxes.withTop(Box.parse(top, answerScale));
            }
            if (bottom != null) {
                boxes = boxes.withBottom(Box.parse(bottom, answerScale));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--top/--bottom: " + e.getMessage(), e);
        }
        return boxes;
    }

    private static List<Map<String, @Nullable Object>> metrics(
            QuestionKind kind, AnswerDistribution answers, Boxes boxes, IntervalSettings settings) {
        var metrics = new ArrayList<Map<String, @Nullable Object>>();
        var name = kind.name().toLowerCase(Locale.ROOT);
        switch (kind) {
            case NPS, ENPS -> {
                var score = VoiceMetrics.netScore(answers, boxes, settings);
                var row = metric(name, boxes.top() + " minus " + boxes.bottom(), score.map(s -> s.score()), answers);
                row.put("promoters", score.map(s -> (Object) s.promoterShare()).orElse(null));
                row.put("passives", score.map(s -> (Object) s.passiveShare()).orElse(null));
                row.put("detractors", score.map(s -> (Object) s.detractorShare()).orElse(null));
                metrics.add(row);
            }
            case CES -> metrics.add(metric(name, boxes.top().toString(),
                    VoiceMetrics.ces(answers, boxes, settings), answers));
            case CSAT, CUSTOM -> {
                metrics.add(metric("csat", boxes.top().toString(),
                        VoiceMetrics.csat(answers, boxes, settings), answers));
                metrics.add(metric("cdsat", boxes.bottom().toString(),
                        VoiceMetrics.cdsat(answers, boxes, settings), answers));
            }
        }
        if (kind != QuestionKind.NPS && kind != QuestionKind.ENPS) {
            var mean = VoiceMetrics.mean(answers, settings);
            var row = new LinkedHashMap<String, @Nullable Object>();
            row.put("name", "mean");
            row.put("box", null);
            row.put("value", answers.mean().isPresent() ? answers.mean().getAsDouble() : null);
            row.put("lower", mean.map(m -> (Object) m.lower()).orElse(null));
            row.put("upper", mean.map(m -> (Object) m.upper()).orElse(null));
            row.put("n", answers.total());
            metrics.add(row);
        }
        return metrics;
    }

    private static Map<String, @Nullable Object> metric(
            String name, String box, Optional<MetricEstimate> estimate, AnswerDistribution answers) {
        var row = new LinkedHashMap<String, @Nullable Object>();
        row.put("name", name);
        row.put("box", box);
        row.put("value", estimate.map(e -> (Object) e.value()).orElse(null));
        row.put("lower", estimate.map(e -> (Object) e.lower()).orElse(null));
        row.put("upper", estimate.map(e -> (Object) e.upper()).orElse(null));
        row.put("n", answers.total());
        return row;
    }

    @Override
    void printTable(PrintWriter out, Map<String, @Nullable Object> document) {
        out.printf(Locale.ROOT, "%s, column %s, scale %s: %s valid answers (%.0f %% intervals, %s)%n",
                document.get("file"), column, document.get("scale"), document.get("n"), 100 * confidence,
                document.get("method"));
        for (var row : (List<?>) document.get("metrics")) {
            var fields = (Map<?, ?>) row;
            out.printf(Locale.ROOT, "%-7s %-16s %10s  [%s, %s]%n",
                    fields.get("name"),
                    fields.get("box") == null ? "" : fields.get("box"),
                    number(fields.get("value")),
                    number(fields.get("lower")),
                    number(fields.get("upper")));
        }
        var rejected = (List<?>) document.get("rejected");
        out.printf(Locale.ROOT, "Rejected lines: %d%n", rejected.size());
        for (var row : rejected) {
            var fields = (Map<?, ?>) row;
            out.printf(Locale.ROOT, "  %s line %s, %s=\"%s\": %s%n",
                    fields.get("file"), fields.get("line"), fields.get("field"), fields.get("value"),
                    fields.get("reason"));
        }
    }

    private static String number(@Nullable Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : "-";
    }
}
