package org.switchboard.server.voice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.switchboard.engine.voice.benchmark.Counting;
import org.switchboard.server.voice.QuestionReport;

/**
 * A question's own figure against a built-in benchmark, compared by the engine on the benchmark's scale (strict
 * counting, metrics.md §4).
 *
 * @param question the question's wording
 * @param benchmark the benchmark's name
 * @param comparable the own share as the benchmark counts it, in percent
 * @param levels each level with whether it is met
 * @param source the benchmark's source
 */
public record BenchmarkView(String question, String benchmark, String comparable, List<String> levels, String source) {

    /** {@return the comparisons of the questions that have a built-in benchmark and answers} */
    static List<BenchmarkView> of(List<QuestionReport> reports, MessageSource messages, Locale locale) {
        var views = new ArrayList<BenchmarkView>();
        for (var report : reports) {
            if (report.total().isEmpty()) {
                continue;
            }
            for (var benchmark : VoiceCharts.applicable(report.question().kind())) {
                var comparison = benchmark.compare(report.total(), Counting.STRICT);
                var levels = benchmark.levels().stream()
                        .map(level -> messages.getMessage("voice.benchmark.level." + level.label().replace(' ', '-'),
                                null, locale) + " " + messages.getMessage("voice.bound." + level.bound().name(), null,
                                locale) + " " + String.format(locale, "%.1f %%", 100 * level.share()) + ": "
                                + messages.getMessage(comparison.metLevels().contains(level) ? "voice.benchmark.met"
                                        : "voice.benchmark.not-met", null, locale))
                        .toList();
                views.add(new BenchmarkView(report.question().text(locale.toLanguageTag()),
                        messages.getMessage("voice.benchmark." + benchmark.id(), null, locale),
                        String.format(locale, "%.1f %%", 100 * comparison.comparable().share()), levels,
                        benchmark.source()));
            }
        }
        return views;
    }
}
