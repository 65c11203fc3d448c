package org.switchboard.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.voice.SampleSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard survey sample-size}: answers needed for a share within ± margin (metrics.md §4, {@link
 * SampleSize}). JSON fields: {@code margin, confidence, p, population, z, n0, nCorrected, n}; {@code n} is the number
 * of answers to collect, {@code population} is {@code null} when not given.
 */
@Command(
        name = "sample-size",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Answers needed to estimate a share within +/- margin: n0 = z^2 p(1-p)/e^2, n = n0/(1+(n0-1)/N).")
final class SurveySampleSizeCommand extends SurveySubcommand {

    @Option(names = "--margin", required = true, paramLabel = "E", description = "Wanted margin of error, e.g. 0.05.")
    double margin;

    @Option(
            names = "--confidence",
            paramLabel = "LEVEL",
            defaultValue = "0.95",
            description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(
            names = "--p",
            paramLabel = "SHARE",
            defaultValue = "0.5",
            description = "Expected share; 0.5 is the safe choice (default: ${DEFAULT-VALUE}).")
    double plannedShare;

    @Option(names = "--population", paramLabel = "N", description = "Size of the population sampled (optional).")
    @Nullable Long population;

    @Override
    Map<String, @Nullable Object> document() {
        var populationSize = population == null ? OptionalLong.empty() : OptionalLong.of(population);
        var size = SampleSize.forShare(margin, confidence, plannedShare, populationSize);
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("margin", margin);
        fields.put("confidence", confidence);
        fields.put("p", plannedShare);
        fields.put("population", population);
        fields.put("z", size.z());
        fields.put("n0", size.initial());
        fields.put("nCorrected", size.corrected());
        fields.put("n", size.required());
        return fields;
    }

    @Override
    void printTable(PrintWriter out, Map<String, @Nullable Object> document) {
        out.printf(Locale.ROOT, "Margin %.4f at %.1f %% confidence, p = %.3f%s%n",
                margin, 100 * confidence, plannedShare, population == null ? "" : ", population " + population);
        out.printf(Locale.ROOT, "z = %.6f, n0 = %.2f, corrected n = %.2f%n",
                document.get("z"), document.get("n0"), document.get("nCorrected"));
        out.printf(Locale.ROOT, "Answers needed: %d%n", (Long) document.get("n"));
    }
}
