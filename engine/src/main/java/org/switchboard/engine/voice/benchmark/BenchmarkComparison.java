package org.switchboard.engine.voice.benchmark;

import java.util.List;

/**
 * Own answers against a {@link Benchmark}.
 *
 * @param benchmark the benchmark
 * @param comparable the own share counted the benchmark's way, on the own scale
 * @param metLevels the benchmark levels the comparable share meets, in the benchmark's order
 */
public record BenchmarkComparison(Benchmark benchmark, ComparableShare comparable, List<BenchmarkLevel> metLevels) {

    /** Copies the levels. */
    public BenchmarkComparison {
        metLevels = List.copyOf(metLevels);
    }

    /**
     * {@return whether a level of the benchmark is met}
     *
     * @param label the level's label
     */
    public boolean meets(String label) {
        return metLevels.stream().anyMatch(level -> level.label().equals(label));
    }
}
