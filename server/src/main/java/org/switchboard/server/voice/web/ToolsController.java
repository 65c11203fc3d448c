package org.switchboard.server.voice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.IntervalMethod;
import org.switchboard.engine.voice.IntervalSettings;
import org.switchboard.engine.voice.LinearConversion;
import org.switchboard.engine.voice.SampleSize;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.ShareIntervals;
import org.switchboard.engine.voice.benchmark.Benchmark;
import org.switchboard.engine.voice.benchmark.BenchmarkLevel;
import org.switchboard.engine.voice.benchmark.Counting;

/**
 * The calculators of the customer-voice section, every figure computed by the engine:
 * <ul>
 *   <li>{@value #CONVERT}: the linear scale conversion of metrics.md §4 (A, B, the mapped threshold) and the comparable
 *       share of own answers against a benchmark defined on another scale, strict or interpolated; the form starts
 *       with the worked example of §4 (58.0 % own, 77.3 % comparable, benchmark 75 %).</li>
 *   <li>{@value #SAMPLE_SIZE}: the sample size for a wanted margin of error, and the margin of error (Wilson and
 *       normal) that n answers give.</li>
 * </ul>
 */
@Controller
class ToolsController {

    /** The scale-conversion and benchmark tool. */
    static final String CONVERT = "/customer-voice/convert";

    /** The sample-size and margin-of-error calculator. */
    static final String SAMPLE_SIZE = "/customer-voice/sample-size";

    /** The answer shares of the worked example of metrics.md §4, on 1–10. */
    static final String WORKED_EXAMPLE = "10:10.6, 9:17.2, 8:30.2, 7:19.3, 6:8.1, 5:5.1, 4:4.0, 3:2.4, 2:0.9, 1:2.2";

    /** Shares are read in thousandths of a percent, exactly for the one or two decimals people write. */
    private static final double RESOLUTION = 1000;

    @GetMapping(CONVERT)
    String convert(
            @RequestParam(name = "sourceScale", defaultValue = "1-10") String sourceScale,
            @RequestParam(name = "targetScale", defaultValue = "1-7") String targetScale,
            @RequestParam(name = "threshold", defaultValue = "5") int threshold,
            @RequestParam(name = "distribution", defaultValue = WORKED_EXAMPLE) String distribution,
            @RequestParam(name = "counting", defaultValue = "STRICT") String counting,
            @RequestParam(name = "benchmark", defaultValue = "75") double benchmark,
            Model model,
            Locale locale) {
        model.addAttribute("sourceScale", sourceScale);
        model.addAttribute("targetScale", targetScale);
        model.addAttribute("threshold", threshold);
        model.addAttribute("distribution", distribution);
        model.addAttribute("counting", counting);
        model.addAttribute("benchmark", benchmark);
        model.addAttribute("countings", Counting.values());
        try {
            var source = Scale.parse(sourceScale);
            var target = Scale.parse(targetScale);
            var rule = Counting.valueOf(counting);
            var conversion = new LinearConversion(source, target);
            var own = distribution(source, distribution);
            var custom = new Benchmark("custom", "custom", target, new Box(threshold, target.max()),
                    List.of(new BenchmarkLevel("target", BenchmarkLevel.Bound.AT_LEAST, benchmark / 100)), "user");
            var comparison = custom.compare(own, rule);
            model.addAttribute("a", String.format(locale, "%.4f", conversion.a()));
            model.addAttribute("b", String.format(locale, "%.4f", conversion.b()));
            model.addAttribute("sourceThreshold", String.format(locale, "%.4f", conversion.toSource(threshold)));
            model.addAttribute("comparable", String.format(locale, "%.1f %%", 100 * comparison.comparable().share()));
            model.addAttribute("meets", !comparison.metLevels().isEmpty());
            model.addAttribute("converted", true);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "voice/convert";
    }

    @GetMapping(SAMPLE_SIZE)
    String sampleSize(
            @RequestParam(name = "margin", defaultValue = "5") double marginPercent,
            @RequestParam(name = "confidence", defaultValue = "95") double confidencePercent,
            @RequestParam(name = "p", defaultValue = "50") double sharePercent,
            @RequestParam(name = "population", required = false) @Nullable Long population,
            @RequestParam(name = "n", defaultValue = "400") long n,
            Model model,
            Locale locale) {
        model.addAttribute("margin", marginPercent);
        model.addAttribute("confidence", confidencePercent);
        model.addAttribute("p", sharePercent);
        model.addAttribute("population", population);
        model.addAttribute("n", n);
        var populationSize = population == null ? OptionalLong.empty() : OptionalLong.of(population);
        try {
            double confidence = confidencePercent / 100;
            var size = SampleSize.forShare(marginPercent / 100, confidence, sharePercent / 100, populationSize);
            model.addAttribute("initial", String.format(locale, "%.2f", size.initial()));
            model.addAttribute("corrected", String.format(locale, "%.2f", size.corrected()));
            model.addAttribute("required", size.required());
            model.addAttribute("z", String.format(locale, "%.6f", size.z()));
            long successes = Math.round(sharePercent / 100 * n);
            var margins = new ArrayList<String>();
            for (var method : IntervalMethod.values()) {
                var estimate = ShareIntervals.of(successes, n, new IntervalSettings(confidence, method,
                        populationSize));
                margins.add(String.format(locale, "%.1f–%.1f %% (± %.2f)", 100 * estimate.lower(),
                        100 * estimate.upper(), 100 * estimate.halfWidth()));
            }
            model.addAttribute("methods", IntervalMethod.values());
            model.addAttribute("margins", margins);
            model.addAttribute("computed", true);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "voice/sample-size";
    }

    /** Reads {@code answer:share} pairs (percent or counts) into a distribution on the scale. */
    static AnswerDistribution distribution(Scale scale, String text) {
        var counts = new long[scale.points()];
        for (var pair : text.split("[,;\\s]+")) {
            if (pair.isBlank()) {
                continue;
            }
            var parts = pair.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("write each answer as ANSWER:SHARE, e.g. 10:10.6: '" + pair + "'");
            }
            try {
                int answer = Integer.parseInt(parts[0].strip());
                double share = Double.parseDouble(parts[1].strip());
                if (!scale.contains(answer) || share < 0) {
                    throw new IllegalArgumentException("answer off the scale " + scale + " or negative share: '"
                            + pair + "'");
                }
                counts[scale.index(answer)] += Math.round(share * RESOLUTION);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: '" + pair + "'", e);
            }
        }
        return AnswerDistribution.of(scale, counts);
    }
}
