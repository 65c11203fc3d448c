package org.switchboard.engine.voice.benchmark;

import static org.switchboard.engine.core.Checks.requireArgument;

import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.LinearConversion;
import org.switchboard.engine.voice.Scale;

/**
 * The share of own answers that meets a threshold defined on another scale (metrics.md §4, "Linear scale
 * conversion"): the target threshold t maps back to s = (t − B)/A on the own scale, and the answers on the right side
 * of s are counted by the {@link Counting} rule.
 *
 * <p>Worked example of §4 (O. Zeldin, Apex Berg channel, July 2022): answers on 1–10, benchmark CSAT = share of 5–7
 * on 1–7 (≥ 75 % is best practice). A = 2/3, B = 1/3, t = 5 maps to s = 7 exactly, so the comparable CSAT is the
 * share of 7–10: 10.6 + 17.2 + 30.2 + 19.3 = 77.3 %.
 *
 * @param conversion own scale (source) to the benchmark's scale (target)
 * @param targetThreshold t, on the target scale
 * @param sourceThreshold s = (t − B)/A, on the own scale
 * @param atLeast true for "answers ≥ t" (a top box), false for "answers ≤ t" (a bottom box)
 * @param counting the counting rule
 * @param share the comparable share, 0–1
 */
public record ComparableShare(
        LinearConversion conversion,
        int targetThreshold,
        double sourceThreshold,
        boolean atLeast,
        Counting counting,
        double share) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if the share is not in [0, 1]
     */
    public ComparableShare {
        requireArgument(share >= 0 && share <= 1, "a share must be in [0, 1]: share=%s", share);
    }

    /**
     * {@return the share of own answers at or above a threshold of another scale}
     *
     * @param own the own answers, at least one
     * @param target the scale the threshold is defined on
     * @param threshold t on the target scale
     * @param counting the counting rule
     * @throws IllegalArgumentException if there is no answer or t is off the target scale
     */
    public static ComparableShare atLeast(AnswerDistribution own, Scale target, int threshold, Counting counting) {
        return of(own, target, threshold, counting, true);
    }

    /**
     * {@return the share of own answers at or below a threshold of another scale}
     *
     * @param own the own answers, at least one
     * @param target the scale the threshold is defined on
     * @param threshold t on the target scale
     * @param counting the counting rule
     * @throws IllegalArgumentException if there is no answer or t is off the target scale
     */
    public static ComparableShare atMost(AnswerDistribution own, Scale target, int threshold, Counting counting) {
        return of(own, target, threshold, counting, false);
    }

    private static ComparableShare of(
            AnswerDistribution own, Scale target, int threshold, Counting counting, boolean atLeast) {
        requireArgument(!own.isEmpty(), "a comparable share needs at least one answer on %s", own.scale());
        requireArgument(
                target.contains(threshold), "the threshold %d is off the target scale %s", threshold, target);
        var scale = own.scale();
        var conversion = new LinearConversion(scale, target);
        double s = conversion.toSource(threshold);
        int ceiling = conversion.sourceCeiling(threshold);
        int floor = conversion.sourceFloor(threshold);
        double counted = 0;
        for (int answer = scale.min(); answer <= scale.max(); answer++) {
            if (atLeast ? answer >= ceiling : answer <= floor) {
                counted += own.count(answer);
            }
        }
        if (counting == Counting.INTERPOLATED && ceiling != floor) {
            // The boundary answer counts with the part of the step between it and s (see Counting.INTERPOLATED).
            counted += atLeast ? (ceiling - s) * own.count(floor) : (s - floor) * own.count(ceiling);
        }
        double share = Math.min(1, counted / own.total());
        return new ComparableShare(conversion, threshold, s, atLeast, counting, share);
    }
}
