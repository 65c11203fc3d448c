package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How many answers each point of a scale received: the one input of every metric of this package. Immutable and
 * mergeable: the distribution of a union of response sets is the {@link #merge} of their distributions (counts add),
 * so distributions are aggregated once per month × queue × … and merged for any filter; a metric then costs O(points),
 * whatever the number of responses. Build one from individual answers with {@link AnswerTally}.
 */
public final class AnswerDistribution {

    private final Scale scale;
    private final long[] counts;
    private final long total;

    private AnswerDistribution(Scale scale, long[] counts) {
        this.scale = scale;
        this.counts = counts;
        long sum = 0;
        for (long count : counts) {
            sum = Math.addExact(sum, count);
        }
        this.total = sum;
    }

    /**
     * Creates a distribution from its counts.
     *
     * @param scale the scale
     * @param counts the count of each point, from {@code scale.min()} to {@code scale.max()}
     * @return the distribution
     * @throws IllegalArgumentException if there is not one count per point or a count is negative
     */
    public static AnswerDistribution of(Scale scale, long... counts) {
        requireArgument(
                counts.length == scale.points(),
                "one count per point of the scale %s is needed: points=%d, counts=%d",
                scale,
                scale.points(),
                counts.length);
        for (int i = 0; i < counts.length; i++) {
            requireArgument(
                    counts[i] >= 0, "counts must not be negative: answer=%d, count=%d", scale.min() + i, counts[i]);
        }
        return new AnswerDistribution(scale, counts.clone());
    }

    /**
     * {@return a distribution with no answers}
     *
     * @param scale the scale
     */
    public static AnswerDistribution empty(Scale scale) {
        return new AnswerDistribution(scale, new long[scale.points()]);
    }

    /** {@return the scale} */
    public Scale scale() {
        return scale;
    }

    /** {@return the number of answers, n} */
    public long total() {
        return total;
    }

    /** {@return whether there is no answer} */
    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * {@return the number of answers at one point}
     *
     * @param answer a point of the scale
     * @throws IllegalArgumentException if the answer is off the scale
     */
    public long count(int answer) {
        return counts[scale.index(answer)];
    }

    /**
     * {@return the number of answers in a box}
     *
     * @param box a box on this scale
     * @throws IllegalArgumentException if the box leaves the scale
     */
    public long count(Box box) {
        box.requireOn(scale);
        long sum = 0;
        for (int answer = box.from(); answer <= box.to(); answer++) {
            sum += counts[answer - scale.min()];
        }
        return sum;
    }

    /**
     * {@return the share of answers in a box, count(box)/n, empty when there is no answer}
     *
     * @param box a box on this scale
     * @throws IllegalArgumentException if the box leaves the scale
     */
    public OptionalDouble share(Box box) {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) count(box) / total);
    }

    /** {@return the count at a 0-based position of the scale, without a copy (for merging)} */
    long countAt(int index) {
        return counts[index];
    }

    /** {@return the counts from {@code scale.min()} to {@code scale.max()}, a copy} */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * {@return the mean answer Σ x·c(x) / n, empty when there is no answer; a secondary figure only (metrics.md §4:
     * a mean can rise while the share of very unhappy customers grows)}
     */
    public OptionalDouble mean() {
        if (isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (double) (scale.min() + i) * counts[i];
        }
        return OptionalDouble.of(sum / total);
    }

    /**
     * {@return the distribution of both answer sets together: counts add point by point}
     *
     * @param other a distribution on the same scale
     * @throws IllegalArgumentException if the scales differ
     * @throws ArithmeticException if a count overflows a long
     */
    public AnswerDistribution merge(AnswerDistribution other) {
        requireArgument(
                scale.equals(other.scale), "only distributions on one scale merge: %s and %s", scale, other.scale);
        var sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(sum[i], other.counts[i]);
        }
        return new AnswerDistribution(scale, sum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerDistribution that
                && scale.equals(that.scale)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + Arrays.hashCode(counts);
    }

    /** {@return e.g. {@code 1-5 [3, 1, 0, 10, 20]}} */
    @Override
    public String toString() {
        return scale + " " + Arrays.toString(counts);
    }
}
