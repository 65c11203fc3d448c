package org.switchboard.engine.voice;

/**
 * Linear conversion between two answer scales (metrics.md §4, "Linear scale conversion"). With the source scale
 * [s_min, s_max] and the target scale [t_min, t_max]:
 *
 * <pre>
 *   A = (t_max − t_min) / (s_max − s_min)
 *   B = t_min − A·s_min
 *   t = A·s + B,          s = (t − B) / A
 * </pre>
 *
 * The mapped-back thresholds {@link #sourceCeiling} and {@link #sourceFloor} are computed in exact integer
 * arithmetic, s = s_min + (t − t_min)·(s_max − s_min)/(t_max − t_min), so that a threshold that maps to an answer
 * exactly (5 on 1–7 is 7 on 1–10) is never shifted by a rounding error. Source: O. Zeldin, "Формула пересчета шкал
 * методом линейной конверсии" and "Решение задачи на пересчет шкал", Apex Berg channel, July 2022 (the seeds of §4).
 *
 * @param source the scale the answers were given on
 * @param target the scale of the benchmark or definition to compare with
 */
public record LinearConversion(Scale source, Scale target) {

    /** {@return A = (t_max − t_min) / (s_max − s_min)} */
    public double a() {
        return (double) (target.max() - target.min()) / (source.max() - source.min());
    }

    /** {@return B = t_min − A·s_min} */
    public double b() {
        return target.min() - a() * source.min();
    }

    /**
     * {@return t = A·s + B, the point of the target scale that a source answer corresponds to}
     *
     * @param sourceValue a point of the source scale (not necessarily an answer)
     */
    public double toTarget(double sourceValue) {
        return a() * sourceValue + b();
    }

    /**
     * {@return s = (t − B)/A = s_min + (t − t_min)·(s_max − s_min)/(t_max − t_min), the source point of a target
     * value}
     *
     * @param targetValue a point of the target scale
     */
    public double toSource(double targetValue) {
        double step = (double) (source.max() - source.min()) / (target.max() - target.min());
        return source.min() + (targetValue - target.min()) * step;
    }

    /**
     * {@return the smallest source answer at or above the source point of an integer target threshold, ⌈s⌉, exact}
     *
     * @param targetThreshold a threshold on the target scale
     */
    public int sourceCeiling(int targetThreshold) {
        long numerator = (long) (targetThreshold - target.min()) * (source.max() - source.min());
        return (int) (source.min() + Math.ceilDiv(numerator, (long) target.max() - target.min()));
    }

    /**
     * {@return the largest source answer at or below the source point of an integer target threshold, ⌊s⌋, exact}
     *
     * @param targetThreshold a threshold on the target scale
     */
    public int sourceFloor(int targetThreshold) {
        long numerator = (long) (targetThreshold - target.min()) * (source.max() - source.min());
        return (int) (source.min() + Math.floorDiv(numerator, (long) target.max() - target.min()));
    }
}
