package org.switchboard.engine.voice.benchmark;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.List;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.Scale;

/**
 * A benchmark for a share of answers, defined on its own scale and box, with one or more levels and the source it
 * comes from. The built-in ones are in {@link Benchmarks}; users define their own on any scale.
 *
 * @param id a stable key, e.g. {@code "copc-csat"}
 * @param name a short name for people
 * @param scale the scale the benchmark was measured on
 * @param box the box whose share is benchmarked; it must start at the bottom or end at the top of the scale
 * @param levels the levels, at least one
 * @param source where the figures come from, shown next to them
 */
public record Benchmark(String id, String name, Scale scale, Box box, List<BenchmarkLevel> levels, String source) {

    /**
     * Validates the benchmark.
     *
     * @throws IllegalArgumentException if the id, name or source is blank, the box leaves the scale or touches
     *     neither end of it, or there is no level
     */
    public Benchmark {
        requireArgument(!id.isBlank() && !name.isBlank(), "a benchmark needs an id and a name");
        requireArgument(!source.isBlank(), "a benchmark needs its source: id=%s", id);
        box.requireOn(scale);
        requireArgument(
                box.to() == scale.max() || box.from() == scale.min(),
                "a benchmark box must reach the top or the bottom of its scale: id=%s, box=%s, scale=%s",
                id,
                box,
                scale);
        requireArgument(!levels.isEmpty(), "a benchmark needs at least one level: id=%s", id);
        levels = List.copyOf(levels);
    }

    /** {@return whether the box is a top box (answers ≥ its lower end), else a bottom box} */
    public boolean isTopBox() {
        return box.to() == scale.max();
    }

    /**
     * {@return own answers compared with this benchmark: the comparable share on the benchmark's definition and the
     * levels it meets}
     *
     * @param own the own answers, on any scale, at least one
     * @param counting the counting rule at the mapped threshold
     * @throws IllegalArgumentException if there is no answer
     */
    public BenchmarkComparison compare(AnswerDistribution own, Counting counting) {
        var share = isTopBox()
                ? ComparableShare.atLeast(own, scale, box.from(), counting)
                : ComparableShare.atMost(own, scale, box.to(), counting);
        var met = levels.stream().filter(level -> level.isMetBy(share.share())).toList();
        return new BenchmarkComparison(this, share, met);
    }
}
