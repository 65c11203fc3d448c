package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * Counts answers on one scale as they stream in (single-use, not thread-safe; one per partition, then
 * {@link #merge}d). {@link #distribution()} takes the immutable result.
 */
public final class AnswerTally {

    private final Scale scale;
    private final long[] counts;

    /**
     * Creates an empty tally.
     *
     * @param scale the scale of the answers
     */
    public AnswerTally(Scale scale) {
        this.scale = scale;
        this.counts = new long[scale.points()];
    }

    /**
     * Counts one answer.
     *
     * @param answer the answer
     * @return this tally
     * @throws IllegalArgumentException if the answer is off the scale
     */
    public AnswerTally add(int answer) {
        counts[scale.index(answer)]++;
        return this;
    }

    /**
     * Counts the same answer several times.
     *
     * @param answer the answer
     * @param count how many times, ≥ 0
     * @return this tally
     * @throws IllegalArgumentException if the answer is off the scale or the count is negative
     */
    public AnswerTally add(int answer, long count) {
        requireArgument(count >= 0, "count must not be negative: answer=%d, count=%d", answer, count);
        int index = scale.index(answer);
        counts[index] = Math.addExact(counts[index], count);
        return this;
    }

    /**
     * Adds every answer of a distribution.
     *
     * @param distribution a distribution on this tally's scale
     * @return this tally
     * @throws IllegalArgumentException if the scales differ
     */
    public AnswerTally merge(AnswerDistribution distribution) {
        requireArgument(
                scale.equals(distribution.scale()),
                "only answers on one scale add up: %s and %s",
                scale,
                distribution.scale());
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(counts[i], distribution.countAt(i));
        }
        return this;
    }

    /** {@return the answers counted so far} */
    public AnswerDistribution distribution() {
        return AnswerDistribution.of(scale, counts);
    }
}
