package org.switchboard.engine.voice.benchmark;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * One level of a benchmark: a bound on the benchmark's share, e.g. "CSAT ≥ 85 %" or "CES &gt; 80.5 % (top quartile)".
 *
 * @param label what meeting it means, e.g. {@code "target"}, {@code "top quartile"}
 * @param bound how the share is compared with the value
 * @param share the value, 0–1
 */
public record BenchmarkLevel(String label, Bound bound, double share) {

    /** How a share is compared with a level. */
    public enum Bound {
        /** share ≥ value */
        AT_LEAST,
        /** share &gt; value */
        ABOVE,
        /** share ≤ value */
        AT_MOST,
        /** share &lt; value */
        BELOW
    }

    /**
     * Validates the level.
     *
     * @throws IllegalArgumentException if the label is blank or the share is not in [0, 1]
     */
    public BenchmarkLevel {
        requireArgument(!label.isBlank(), "a benchmark level needs a label");
        requireArgument(share >= 0 && share <= 1, "a benchmark share must be in [0, 1]: share=%s", share);
    }

    /**
     * {@return whether a share meets this level}
     *
     * @param value the share, 0–1
     */
    public boolean isMetBy(double value) {
        return switch (bound) {
            case AT_LEAST -> value >= share;
            case ABOVE -> value > share;
            case AT_MOST -> value <= share;
            case BELOW -> value < share;
        };
    }
}
