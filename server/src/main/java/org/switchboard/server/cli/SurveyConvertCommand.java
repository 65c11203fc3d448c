package org.switchboard.server.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.benchmark.ComparableShare;
import org.switchboard.engine.voice.benchmark.Counting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard survey convert}: linear scale conversion of metrics.md §4 and the share of own answers that
 * meets a threshold of another scale ({@link ComparableShare}). JSON fields: {@code a, b, sourceThreshold, share}
 * (share as a fraction 0–1), then {@code sourceScale, targetScale, targetThreshold, direction, counting}.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Share of own answers meeting a threshold of another scale, by linear conversion (metrics.md section 4).",
            "A = (tmax - tmin)/(smax - smin), B = tmin - A*smin; the threshold t maps to s = (t - B)/A."
        })
final class SurveyConvertCommand extends SurveySubcommand {

    @Option(names = "--source-scale", required = true, paramLabel = "MIN-MAX", description = "Scale of own answers.")
    String sourceScale = "";

    @Option(names = "--target-scale", required = true, paramLabel = "MIN-MAX", description = "Scale of the benchmark.")
    String targetScale = "";

    @Option(
            names = "--target-threshold",
            required = true,
            paramLabel = "T",
            description = "Threshold on the target scale, e.g. 5 for 'share of 5-7'.")
    int targetThreshold;

    @Option(
            names = "--distribution",
            required = true,
            paramLabel = "ANSWER:SHARE,...",
            description = "Own answers: counts or percentages per answer, e.g. \"10:10.6,9:17.2,8:30.2\".")
    String distribution = "";

    @Option(
            names = "--counting",
            paramLabel = "strict|interpolated",
            defaultValue = "strict",
            description = "How the boundary answer counts (default: ${DEFAULT-VALUE}).")
    String counting = "";

    @Option(
            names = "--direction",
            paramLabel = "at-least|at-most",
            defaultValue = "at-least",
            description = "Answers >= threshold (top box) or <= threshold (bottom box) (default: ${DEFAULT-VALUE}).")
    String direction = "";

    @Override
    Map<String, @Nullable Object> document() {
        var source = scale("--source-scale", sourceScale);
        var target = scale("--target-scale", targetScale);
        var rule = switch (counting.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> Counting.STRICT;
            case "interpolated" -> Counting.INTERPOLATED;
            default -> throw new IllegalArgumentException("--counting must be strict or interpolated: " + counting);
        };
        var answers = distribution(source);
        var share = switch (direction.strip().toLowerCase(Locale.ROOT)) {
            case "at-least" -> ComparableShare.atLeast(answers, target, targetThreshold, rule);
            case "at-most" -> ComparableShare.atMost(answers, target, targetThreshold, rule);
            default -> throw new IllegalArgumentException("--direction must be at-least or at-most: " + direction);
        };
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("a", share.conversion().a());
        fields.put("b", share.conversion().b());
        fields.put("sourceThreshold", share.sourceThreshold());
        fields.put("share", share.share());
        fields.put("sourceScale", source.toString());
        fields.put("targetScale", target.toString());
        fields.put("targetThreshold", targetThreshold);
        fields.put("direction", share.atLeast() ? "at-least" : "at-most");
        fields.put("counting", rule.name().toLowerCase(Locale.ROOT));
        return fields;
    }

    @Override
    void printTable(PrintWriter out, Map<String, @Nullable Object> document) {
        out.printf(Locale.ROOT, "A = %.6f, B = %.6f%n", document.get("a"), document.get("b"));
        out.printf(Locale.ROOT, "Threshold %d on %s is %.4f on %s%n",
                targetThreshold, document.get("targetScale"), document.get("sourceThreshold"),
                document.get("sourceScale"));
        out.printf(Locale.ROOT, "Comparable share (%s, %s): %.2f %%%n",
                document.get("direction"), document.get("counting"), 100 * (Double) document.get("share"));
    }

    private static Scale scale(String option, String text) {
        try {
            return Scale.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code answer:weight} pairs. Weights are decimals (percentages or counts, only their ratios matter); they
     * are scaled to whole numbers exactly (10.6 and 2.25 become 1060 and 225), so shares are computed without a
     * rounding step of our own. Answers not listed have weight 0.
     */
    private AnswerDistribution distribution(Scale scale) {
        var weights = new TreeMap<Integer, BigDecimal>();
        for (var pair : distribution.split(",", -1)) {
            var parts = pair.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "--distribution: each item is ANSWER:SHARE, e.g. 10:10.6: item=\"" + pair.strip() + "\"");
            }
            int answer;
            BigDecimal weight;
            try {
                answer = Integer.parseInt(parts[0].strip());
                weight = new BigDecimal(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "--distribution: not a number in item \"" + pair.strip() + "\"", e);
            }
            if (!scale.contains(answer) || weight.signum() < 0) {
                throw new IllegalArgumentException("--distribution: answer " + answer + " must be on the source scale "
                        + scale + " with a share >= 0: item=\"" + pair.strip() + "\"");
            }
            if (weights.put(answer, weight) != null) {
                throw new IllegalArgumentException("--distribution: answer " + answer + " is given twice");
            }
        }
        int decimals = weights.values().stream().mapToInt(w -> Math.max(0, w.scale())).max().orElse(0);
        var counts = new long[scale.points()];
        try {
            weights.forEach((answer, weight) ->
                    counts[answer - scale.min()] = weight.movePointRight(decimals).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("--distribution: a share has too many digits: " + distribution, e);
        }
        var answers = AnswerDistribution.of(scale, counts);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("--distribution: the shares add up to 0");
        }
        return answers;
    }
}
